package org.liaison.news.api;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.liaison.directory.DirectoryQueries;
import org.liaison.directory.OrganizationId;
import org.liaison.news.internal.NewsService;
import org.liaison.news.internal.Subscription;
import org.liaison.news.internal.TopicView;
import org.liaison.news.internal.UpdateView;
import org.liaison.news.internal.WhatIsNew;
import org.liaison.shared.RuleViolationException;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The signed-in user's subscriptions and their "what is new", as the /following and /whats-new
 * pages show them and under the same rules (through {@link WhatIsNew}): a topic by slug, an
 * organization by id (one the caller may see), a country by ISO code; following twice is once.
 */
@RestController
@RequestMapping(path = Json.BASE + "/me", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Subscriptions", description = "What the caller follows (topics, organizations, countries) and what is new about it")
@ApiResponse(responseCode = "401", description = "No valid API token")
class SubscriptionApi {

    private final WhatIsNew whatIsNew;
    private final NewsService news;
    private final DirectoryQueries directory;

    SubscriptionApi(WhatIsNew whatIsNew, NewsService news, DirectoryQueries directory) {
        this.whatIsNew = whatIsNew;
        this.news = news;
        this.directory = directory;
    }

    /** A followed thing; {@code label} is its name in the language of Accept-Language. */
    record SubscriptionJson(UUID id, Subscription.Kind kind, String target, String label, Instant createdAt) {}

    /** What to follow: kind TOPIC (target a slug), ORGANIZATION (an id) or COUNTRY (ISO 3166-1 alpha-2). */
    record FollowBody(@NotBlank @Size(max = 20) String kind, @NotBlank @Size(max = 200) String target) {}

    /** One page of what is new, newest first; {@code more} when a further page has entries. */
    record WhatsNewJson(List<UpdateView> items, int page, int size, boolean more) {}

    @GetMapping("/subscriptions")
    @Operation(summary = "List what the caller follows")
    Json.ItemsJson<SubscriptionJson> list() {
        var mine = whatIsNew.mine();
        var topics = news.topics().stream().collect(Collectors.toMap(TopicView::slug, TopicView::name));
        var orgNames = directory.names(mine.stream().filter(s -> s.getKind() == Subscription.Kind.ORGANIZATION)
                .map(s -> new OrganizationId(UUID.fromString(s.getTarget()))).toList());
        return new Json.ItemsJson<>(mine.stream().map(s -> json(s, topics, orgNames)).toList());
    }

    @PostMapping(path = "/subscriptions", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Follow a topic, an organization or a country", description = "Following what is already followed answers 200 with the existing subscription.")
    @ApiResponse(responseCode = "201", description = "Now followed")
    @ApiResponse(responseCode = "200", description = "Already followed")
    @ApiResponse(responseCode = "422", description = "Unknown kind, topic, organization (or one the caller may not see) or country")
    ResponseEntity<SubscriptionJson> follow(@Valid @RequestBody FollowBody body) {
        Subscription.Kind kind;
        try {
            kind = Subscription.Kind.valueOf(body.kind().strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new RuleViolationException("news-invalid-subscription", "kind is TOPIC, ORGANIZATION or COUNTRY, not " + body.kind());
        }
        WhatIsNew.Followed followed;
        try {
            followed = whatIsNew.followOnce(kind, body.target());
        } catch (DataIntegrityViolationException raced) {
            // The same follow by this user at the same moment inserted first: answer its subscription.
            followed = whatIsNew.followOnce(kind, body.target());
        }
        var made = followed.subscription();
        var topics = news.topics().stream().collect(Collectors.toMap(TopicView::slug, TopicView::name));
        var orgNames = kind == Subscription.Kind.ORGANIZATION
                ? directory.names(List.of(new OrganizationId(UUID.fromString(made.getTarget())))) : Map.<OrganizationId, String>of();
        var json = json(made, topics, orgNames);
        return ResponseEntity.status(followed.created() ? HttpStatus.CREATED : HttpStatus.OK).body(json);
    }

    @DeleteMapping("/subscriptions/{id}")
    @Operation(summary = "Stop following")
    @ApiResponse(responseCode = "204", description = "No longer followed")
    @ApiResponse(responseCode = "404", description = "No such subscription of the caller")
    ResponseEntity<Void> unfollow(@PathVariable UUID id) {
        whatIsNew.unfollow(id);
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/whats-new")
    @Operation(summary = "What is new about what the caller follows, newest first, paged",
            description = "News, engagements, signed agreements and new organizations, each only if the caller may see it.")
    WhatsNewJson whatsNew(
            @RequestParam(defaultValue = "0") @Min(0) @Max(100) @Parameter(description = "from 0") int page,
            @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
        var found = whatIsNew.forMe((page + 1) * size + 1);
        var items = found.stream().skip((long) page * size).limit(size).toList();
        return new WhatsNewJson(items, page, size, found.size() > (page + 1) * size);
    }

    private static SubscriptionJson json(Subscription s, Map<String, String> topics, Map<OrganizationId, String> orgNames) {
        String label = switch (s.getKind()) {
            case TOPIC -> topics.getOrDefault(s.getTarget(), s.getTarget());
            case ORGANIZATION -> Optional.ofNullable(orgNames.get(new OrganizationId(UUID.fromString(s.getTarget()))))
                    .orElse(s.getTarget());
            case COUNTRY -> Locale.of("", s.getTarget()).getDisplayCountry(LocaleContextHolder.getLocale());
        };
        return new SubscriptionJson(s.getId(), s.getKind(), s.getTarget(), label, s.getCreatedAt());
    }
}
