package org.liaison.operations.web;

import java.util.List;

import org.liaison.access.Role;
import org.liaison.shared.NavigationItem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The administrators' operations pages: maintenance and the audit log. */
@Configuration(proxyBeanMethods = false)
class OperationsNavigation {

    @Bean
    NavigationItem operationsAuditLink() {
        return NavigationItem.forAuthorities(800, "operations.nav.audit", "/admin/audit",
                List.of(Role.ADMINISTRATOR.authority()));
    }

    @Bean
    NavigationItem operationsMaintenanceLink() {
        return NavigationItem.forAuthorities(810, "operations.nav.maintenance", "/admin/maintenance",
                List.of(Role.ADMINISTRATOR.authority()));
    }

    @Bean
    NavigationItem operationsExportLink() {
        return NavigationItem.forAuthorities(820, "export.nav", "/export", List.of(Role.ADMINISTRATOR.authority(),
                Role.COOPERATION_MANAGER.authority(), Role.COMMITTEE_MEMBER.authority(), Role.PARTNER.authority()));
    }
}
