@NullMarked
package org.liaison.forum.web;

import org.jspecify.annotations.NullMarked;
