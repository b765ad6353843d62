/**
 * The forum's meeting scheduler, plain Java without Spring: the instance and schedule records of
 * the contract (docs in {@code /work/shared/contracts/forum-schedule.md}), {@link InstanceCheck},
 * {@link Scheduler}, {@link Validator}, {@link ScheduleJson} and the {@code schedule} command.
 */
@NullMarked
package org.liaison.forum.schedule;

import org.jspecify.annotations.NullMarked;
