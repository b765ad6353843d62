package org.liaison.relationships.internal.strength;

import java.util.Collection;
import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

/**
 * How senior a person is, from the title or role recorded on their affiliation, as the weight of
 * meeting them: {@value #LEADER} for those who lead an organization or a state body (ministers,
 * chairmen, presidents, chief executives, governors, mayors), {@value #HEAD} for heads of a part
 * of it and deputies (directors, heads, rectors, deans, vice-presidents), {@value #WORKING} for
 * everyone else and for people whose role is not recorded. A small curated list of words in the
 * four languages of the hub; a deputy ("vice", "deputy", "заместитель", "副") is never more than
 * a head, whatever follows.
 */
public final class Seniority {

    public static final double WORKING = 1.0;
    public static final double HEAD = 2.0;
    public static final double LEADER = 3.0;

    static final List<String> DEPUTY = List.of("vice", "deputy", "assistant", "заместител", "зам.", "副");

    static final List<String> LEADERS = List.of("minister", "prime minister", "premier", "president", "chairman",
            "chairwoman", "chairperson", "chair of", "chief executive", "ceo", "governor", "mayor", "founder",
            "министр", "председател", "президент", "генеральный директор", "губернатор", "мэр", "основател",
            "部长", "总理", "主席", "董事长", "总裁", "总经理", "市长", "省长",
            "大臣", "首相", "会長", "社長", "知事", "市長", "頭取");

    static final List<String> HEADS = List.of("director", "head", "chief", "rector", "dean", "managing",
            "executive", "board member", "secretary general",
            "директор", "руководител", "начальник", "ректор", "декан", "член правления",
            "主任", "院长", "校长", "局长", "司长", "董事", "秘书长", "经理",
            "部長", "所長", "理事", "学長", "取締役", "局長", "センター長", "執行役");

    private Seniority() {}

    /** The weight of meeting someone with this title or role. */
    public static double of(@Nullable String role) {
        if (role == null || role.isBlank()) {
            return WORKING;
        }
        String text = role.toLowerCase(Locale.ROOT);
        boolean deputy = DEPUTY.stream().anyMatch(text::contains);
        if (LEADERS.stream().anyMatch(text::contains)) {
            return deputy ? HEAD : LEADER;
        }
        if (HEADS.stream().anyMatch(text::contains)) {
            return HEAD;
        }
        return WORKING;
    }

    /** The weight of a meeting: the most senior of the people met ({@value #WORKING} when none is known). */
    public static double ofMost(Collection<@Nullable String> roles) {
        return roles.stream().mapToDouble(Seniority::of).max().orElse(WORKING);
    }
}
