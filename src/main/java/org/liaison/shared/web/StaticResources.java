package org.liaison.shared.web;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.resource.ResourceUrlEncodingFilter;

/**
 * Turns off the resource URL rewriting Spring Boot adds to every Thymeleaf link once the WebJars
 * locator is on the class path. It rewrote each {@code @{...}} of every page by asking the static
 * resource handler ({@code /**}) whether the path is a file, a class-path lookup in every jar per
 * link: under load most of a page's time (thread dumps of the Gatling run: 63 of about 100 busy
 * samples). We use no versioned URLs; version-less WebJars paths are still resolved when requested.
 */
@Configuration(proxyBeanMethods = false)
class StaticResources {

    @Bean
    FilterRegistrationBean<ResourceUrlEncodingFilter> resourceUrlEncodingFilter() {
        var registration = new FilterRegistrationBean<>(new ResourceUrlEncodingFilter());
        registration.setEnabled(false);
        return registration;
    }
}
