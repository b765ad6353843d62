package org.liaison.directory.web;

import java.util.Comparator;
import java.util.List;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.liaison.directory.OrganizationId;
import org.liaison.directory.OrganizationPanel;
import org.liaison.directory.RelationType;
import org.liaison.directory.internal.DirectoryService;
import org.liaison.directory.internal.OrganizationDetails;
import org.liaison.directory.internal.RelationView;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * Puts together the organization page: the record with its people and relations, the panels
 * other modules add, and the forms the viewer may use.
 */
@Component
class OrganizationPage {

    private static final Logger log = LoggerFactory.getLogger(OrganizationPage.class);

    static final String TEMPLATE = "directory/organization";

    private final DirectoryService directory;
    private final List<OrganizationPanel> panels;
    private final PagePermissions permissions;
    private final DirectoryLabels labels;

    OrganizationPage(DirectoryService directory, ObjectProvider<OrganizationPanel> panels,
            PagePermissions permissions, DirectoryLabels labels) {
        this.directory = directory;
        this.panels = panels.orderedStream().sorted(Comparator.comparingInt(OrganizationPanel::order)).toList();
        this.permissions = permissions;
        this.labels = labels;
    }

    /** A relation seen from this organization: which way it points and who is at the other end. */
    record RelationRow(RelationView relation, boolean outgoing, UUID other, String otherName, String otherUrl,
            String labelKey) {

        static RelationRow of(RelationView r, UUID self) {
            boolean outgoing = r.from().equals(self);
            UUID other = outgoing ? r.to() : r.from();
            String otherName = outgoing ? r.toName() : r.fromName();
            return new RelationRow(r, outgoing, other, otherName, Links.organization(other),
                    "directory.relation." + r.type().name() + (outgoing ? ".outgoing" : ".incoming"));
        }
    }

    /**
     * A panel ready to render: its heading, its fragment and its model, or {@code failed} when it
     * could not be built (the rest of the page still shows).
     */
    record PanelView(String titleKey, String template, String selector, Object model, boolean failed) {}

    /** The organization with its people and relations, as far as the viewer may see them. */
    OrganizationDetails details(UUID id) {
        return directory.details(id);
    }

    /** Fills the model of the page; forms already in the model (with the user's input) stay. */
    String render(OrganizationDetails details, Model model) {
        var org = details.organization();
        model.addAttribute("organization", org);
        model.addAttribute("countryName", labels.country(org.country()));
        model.addAttribute("people", details.people());
        model.addAttribute("relations", details.relations().stream()
                .map(r -> RelationRow.of(r, org.id()))
                .sorted(Comparator.comparing(RelationRow::labelKey).thenComparing(RelationRow::otherName))
                .toList());
        model.addAttribute("panels", panels(org.id()));
        model.addAttribute("organizationId", new OrganizationId(org.id()));
        model.addAttribute("canEdit", permissions.canEdit(org.id()));
        model.addAttribute("canManage", permissions.canManage());
        model.addAttribute("relationTypes", RelationType.values());
        if (!model.containsAttribute("newPersonForm")) {
            model.addAttribute("newPersonForm", NewPersonForm.empty());
        }
        if (!model.containsAttribute("relationForm")) {
            model.addAttribute("relationForm", RelationForm.empty());
        }
        return TEMPLATE;
    }

    private List<PanelView> panels(UUID id) {
        var organization = new OrganizationId(id);
        return panels.stream()
                .<PanelView>mapMulti((panel, out) -> {
                    String[] fragment = panel.fragment().split("::", 2);
                    if (fragment.length != 2) {
                        throw new IllegalStateException("Panel " + panel.getClass().getName()
                                + " must name its fragment as 'template :: selector', not " + panel.fragment());
                    }
                    try {
                        panel.model(organization).ifPresent(m -> out.accept(new PanelView(panel.titleKey(),
                                fragment[0].strip(), fragment[1].strip(), m, false)));
                    } catch (RuntimeException e) {
                        log.warn("Panel {} failed for organization {}", panel.getClass().getName(), id, e);
                        out.accept(new PanelView(panel.titleKey(), "", "", "", true));
                    }
                })
                .toList();
    }
}
