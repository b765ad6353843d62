/**
 * The forum's meeting scheduler, plain Java without Spring: the instance and schedule records of
 * the forum-schedule contract, {@link InstanceCheck}, {@link Scheduler}, {@link Validator},
 * {@link ScheduleJson} and the {@code schedule} command. Exposed as the forum module's named
 * interface {@code schedule}, because the application's main method hands that command line to
 * {@link ScheduleCommand} before Spring starts.
 */
@NullMarked
@NamedInterface("schedule")
package org.liaison.forum.schedule;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
