package org.southsouth.benchmarks;

import java.sql.Connection;

/**
 * Organizations and partnerships written straight into partner-service's database with set-based SQL, as the
 * service would write them (see its migrations and {@code Organization}/{@code Partnership}): real ISO countries with
 * their M49 sub-region and UNDP region, IATI types, SDGs, real SDG targets, status dates, lower-cased search text.
 * Registering 100 000 organizations through the API would take far longer than the benchmark itself.
 *
 * <p>Distributions: countries skewed ({@link SeedCountries}), Chinese names for organizations in CN and a Chinese
 * translation for some others, types weighted towards NGOs, 72% ACTIVE, hubs among the most connected organizations,
 * partnerships led by a few busy organizations (power law) with one or two other parties.
 */
final class PartnerSeed {

    private static final String PREFIX_EN =
            "ARRAY['Youth','Women''s','Rural','Community','Green','Children''s','Urban','National']";
    private static final String PREFIX_ZH = "ARRAY['青年','妇女','乡村','社区','绿色','儿童','城市','全国']";
    private static final String THEME_EN = "ARRAY['Volunteer','Development','Education','Water','Health','Environment',"
            + "'Agriculture','Disaster Relief','Culture','Technology']";
    private static final String THEME_ZH = "ARRAY['志愿者','发展','教育','水资源','卫生','环境','农业','救灾','文化','科技']";
    private static final String FORM_EN = "ARRAY['Association','Foundation','Centre','Network','Federation','Alliance',"
            + "'Service Corps','Institute']";
    private static final String FORM_ZH = "ARRAY['协会','基金会','中心','网络','联合会','联盟','服务队','研究所']";
    private static final String PLACE_EN =
            "ARRAY['Beijing','Shanghai','Yunnan','Sichuan','Guangxi','Guangdong','Hunan',"
                    + "'Guizhou','Gansu','Zhejiang']";
    private static final String PLACE_ZH = "ARRAY['北京','上海','云南','四川','广西','广东','湖南','贵州','甘肃','浙江']";

    /** IATI OrganisationType codes by cumulative share: national NGOs most, then governments, INGOs, academia. */
    private static final String TYPE = "CASE WHEN o.type_draw < .32 THEN '22' WHEN o.type_draw < .42 THEN '21'"
            + " WHEN o.type_draw < .50 THEN '23' WHEN o.type_draw < .54 THEN '24' WHEN o.type_draw < .64 THEN '10'"
            + " WHEN o.type_draw < .70 THEN '11' WHEN o.type_draw < .72 THEN '15' WHEN o.type_draw < .80 THEN '80'"
            + " WHEN o.type_draw < .86 THEN '60' WHEN o.type_draw < .89 THEN '40' WHEN o.type_draw < .92 THEN '70'"
            + " WHEN o.type_draw < .94 THEN '72' WHEN o.type_draw < .95 THEN '30' WHEN o.type_draw < .96 THEN '71'"
            + " WHEN o.type_draw < .97 THEN '73' ELSE '90' END";

    /** One to four distinct SDGs, sorted as the service stores them; education, health, gender and 17 favoured. */
    private static final String SDGS = "ARRAY(SELECT DISTINCT s FROM (SELECT CASE WHEN random() < 0.4"
            + " THEN (ARRAY[4,3,5,17,1,8])[1 + floor(random() * 6)::int] ELSE 1 + floor(random() * 17)::int END AS s"
            + " FROM generate_series(1, 1 + %s %% 4)) goals ORDER BY s)";

    private PartnerSeed() {}

    /**
     * partner-service's statistics triggers (migration V6) that keep the links of partnerships in force and the
     * partnership terms' rollup: switched off while seeding (each partnership and party through them would take most
     * of the seed), then the two are refilled from the records once, as a bulk load would do.
     */
    private static final String STATISTICS_TRIGGERS = "ALTER TABLE partnership %1$s TRIGGER partnership_links;"
            + " ALTER TABLE partnership %1$s TRIGGER partnership_terms_rollup;"
            + " ALTER TABLE partnership_party %1$s TRIGGER partnership_party_links;";

    static void seed(String jdbcUrl, int organizations, int partnerships) throws Exception {
        try (Connection connection = Sql.connect(jdbcUrl)) {
            Sql.execute(connection, "SELECT setseed(0.42)");
            int countries = SeedCountries.create(connection);
            Sql.execute(connection, STATISTICS_TRIGGERS.formatted("DISABLE"));
            seedOrganizations(connection, organizations, countries);
            seedPartnerships(connection, organizations, partnerships);
            Sql.execute(connection, "SELECT refill_statistics_rollups()");
            Sql.execute(connection, STATISTICS_TRIGGERS.formatted("ENABLE"));
            Sql.execute(connection, "VACUUM partnership_terms");
            Sql.execute(connection, "ANALYZE");
        }
    }

    private static void seedOrganizations(Connection connection, int organizations, int countries) throws Exception {
        Sql.execute(
                connection,
                "CREATE TEMP TABLE seed_organization AS SELECT n, gen_random_uuid() AS id,"
                        + " floor(power(random(), 2) * " + countries + ")::int AS country_rank,"
                        + " 1 + floor(random() * 8)::int AS prefix, 1 + floor(random() * 10)::int AS theme,"
                        + " 1 + floor(random() * 8)::int AS form, 1 + floor(random() * 10)::int AS place,"
                        + " random() AS type_draw, random() AS status_draw, random() AS extra_draw,"
                        + " now() - random() * interval '6 years' AS created_at"
                        + " FROM generate_series(1, " + organizations + ") n");
        Sql.execute(connection, "ALTER TABLE seed_organization ADD PRIMARY KEY (n)");
        Sql.execute(
                connection,
                "INSERT INTO organization (id, name, name_translations, acronym, type, country, subregion,"
                        + " region, sdgs, website, hub, joined_network_on, status, search_text, version, created_at, updated_at)"
                        + " SELECT o.id, w.name, w.translations, w.acronym, " + TYPE
                        + ", c.code, c.subregion, c.region,"
                        + " " + String.format(SDGS, "o.n") + ","
                        + " CASE WHEN o.extra_draw < .6 THEN 'https://www.' || lower(coalesce(replace(w.acronym, '-', ''), 'org' || o.n)) || '.org' END,"
                        + " s.status = 'ACTIVE' AND o.n <= 400 AND o.status_draw < .36,"
                        + " CASE WHEN s.status <> 'PROSPECT' THEN (o.created_at + random() * (now() - o.created_at))::date END,"
                        + " s.status,"
                        + " lower(w.name || coalesce(E'\\n' || w.acronym, '') || coalesce(E'\\n' || (SELECT string_agg(value, E'\\n')"
                        + "   FROM jsonb_each_text(w.translations)), '')),"
                        + " s.version, o.created_at, o.created_at + CASE WHEN s.version = 0 THEN interval '0' ELSE random() * (now() - o.created_at) END"
                        + " FROM seed_organization o JOIN " + SeedCountries.TABLE + " c ON c.rank = o.country_rank"
                        + " CROSS JOIN LATERAL (SELECT CASE WHEN o.status_draw < .72 THEN 'ACTIVE' WHEN o.status_draw < .90 THEN 'PROSPECT'"
                        + "   ELSE 'INACTIVE' END AS status, floor(random() * 4)::int AS version) s"
                        + " CROSS JOIN LATERAL (SELECT"
                        + "   CASE WHEN c.code = 'CN' THEN (" + PLACE_ZH + ")[o.place] || (" + PREFIX_ZH
                        + ")[o.prefix] || (" + THEME_ZH + ")[o.theme]"
                        + "     || (" + FORM_ZH + ")[o.form]"
                        + "   ELSE (" + PREFIX_EN + ")[o.prefix] || ' ' || (" + THEME_EN + ")[o.theme] || ' ' || ("
                        + FORM_EN + ")[o.form]"
                        + "     || ' of ' || c.name END AS name,"
                        + "   CASE WHEN c.code = 'CN' THEN jsonb_build_object('en', (" + PLACE_EN
                        + ")[o.place] || ' ' || (" + PREFIX_EN + ")[o.prefix]"
                        + "     || ' ' || (" + THEME_EN + ")[o.theme] || ' ' || (" + FORM_EN + ")[o.form])"
                        + "   WHEN o.extra_draw < .05 THEN jsonb_build_object('zh', (" + PREFIX_ZH + ")[o.prefix] || ("
                        + THEME_ZH + ")[o.theme]"
                        + "     || (" + FORM_ZH + ")[o.form])"
                        + "   ELSE '{}'::jsonb END AS translations,"
                        + "   CASE WHEN c.code <> 'CN' AND o.extra_draw > .5 THEN left((" + PREFIX_EN
                        + ")[o.prefix], 1)"
                        + "     || left((" + THEME_EN + ")[o.theme], 1) || left((" + FORM_EN
                        + ")[o.form], 1) || '-' || c.code END AS acronym) w");
    }

    private static void seedPartnerships(Connection connection, int organizations, int partnerships) throws Exception {
        // A few organizations lead many agreements (the lowest numbers, where the hubs are); partners are anyone.
        Sql.execute(
                connection,
                "CREATE TEMP TABLE seed_partnership AS SELECT n, id, lead,"
                        + " CASE WHEN other_draw = lead THEN lead % " + organizations
                        + " + 1 ELSE other_draw END AS other,"
                        + " third_draw, kind_draw, status_draw, prefix, theme, created_at"
                        + " FROM (SELECT n, gen_random_uuid() AS id, 1 + floor(power(random(), 3) * " + organizations
                        + ")::int AS lead,"
                        + "   1 + floor(random() * " + organizations + ")::int AS other_draw,"
                        + "   CASE WHEN random() < .3 THEN 1 + floor(random() * " + organizations
                        + ")::int END AS third_draw,"
                        + "   random() AS kind_draw, random() AS status_draw, 1 + floor(random() * 8)::int AS prefix,"
                        + "   1 + floor(random() * 10)::int AS theme, now() - random() * interval '6 years' AS created_at"
                        + "   FROM generate_series(1, " + partnerships + ") n) drawn");
        Sql.execute(
                connection,
                "CREATE TEMP TABLE seed_party AS SELECT p.id AS partnership_id, o.id AS organization_id,"
                        + " x.role, c.code AS country, c.region"
                        + " FROM seed_partnership p CROSS JOIN LATERAL (VALUES"
                        + "   (p.lead, CASE WHEN p.kind_draw < .35 THEN 'FUNDING' ELSE 'ACCOUNTABLE' END),"
                        + "   (p.other, 'IMPLEMENTING'),"
                        + "   (CASE WHEN p.third_draw NOT IN (p.lead, p.other) THEN p.third_draw END, 'EXTENDING')) x(n, role)"
                        + " JOIN seed_organization o ON o.n = x.n JOIN " + SeedCountries.TABLE
                        + " c ON c.rank = o.country_rank");
        Sql.execute(
                connection,
                "CREATE TEMP TABLE seed_partnership_place AS SELECT partnership_id,"
                        + " array_agg(DISTINCT country::text ORDER BY country::text) AS countries,"
                        + " coalesce(array_agg(DISTINCT region ORDER BY region) FILTER (WHERE region IS NOT NULL), '{}') AS regions,"
                        + " bool_or(country = 'CN') AS with_china FROM seed_party GROUP BY partnership_id");
        Sql.execute(connection, "ALTER TABLE seed_partnership_place ADD PRIMARY KEY (partnership_id)");
        Sql.execute(
                connection,
                "INSERT INTO partnership (id, title, description, kind, status, sdg_targets, sdg_goals, countries,"
                        + " regions, starts_on, ends_on, signed_on, activated_on, renewed_on, closed_on, documents, search_text, version,"
                        + " created_at, updated_at)"
                        + " SELECT id, title, description, kind, status, targets, goals, countries, regions, starts_on, ends_on, signed_on,"
                        + "   activated_on, CASE WHEN status = 'RENEWED' THEN activated_on + 365 END,"
                        + "   CASE WHEN status = 'CLOSED' THEN coalesce(activated_on, signed_on) + 200 END,"
                        + "   '[]', lower(title), version, created_at,"
                        + "   created_at + CASE WHEN version = 0 THEN interval '0' ELSE random() * (now() - created_at) END"
                        + " FROM (SELECT d.*, CASE WHEN d.status IN ('ACTIVE', 'RENEWED') OR (d.status = 'CLOSED' AND d.status_draw > .8)"
                        + "   THEN greatest(d.signed_on, d.starts_on) END AS activated_on"
                        + "   FROM (SELECT p.id, p.status_draw, p.created_at, k.kind, k.status, pl.countries, pl.regions, g.goals,"
                        + "     ARRAY(SELECT goal || '.' || (1 + (p.n + goal) % 3) FROM unnest(g.goals) goal) AS targets,"
                        + "     CASE WHEN pl.with_china AND p.kind_draw < .4"
                        + "       THEN (" + PREFIX_ZH + ")[p.prefix] || (" + THEME_ZH
                        + ")[p.theme] || k.label_zh || extract(year FROM p.created_at)"
                        + "       ELSE k.label_en || ' ' || lower((" + PREFIX_EN + ")[p.prefix]) || ' ' || lower(("
                        + THEME_EN + ")[p.theme])"
                        + "         || ', ' || extract(year FROM p.created_at) END AS title,"
                        + "     CASE WHEN p.status_draw < .7 THEN 'Agreement among ' || cardinality(pl.countries) || ' countries on '"
                        + "       || lower((" + THEME_EN + ")[p.theme]) END AS description,"
                        + "     (p.created_at + random() * interval '120 days')::date AS starts_on,"
                        + "     CASE WHEN random() < .1 THEN NULL ELSE (p.created_at + random() * interval '120 days')::date"
                        + "       + 365 * (1 + floor(random() * 4)::int) + 120 END AS ends_on,"
                        + "     CASE WHEN k.status <> 'DRAFT' THEN (p.created_at + random() * interval '60 days')::date END AS signed_on,"
                        + "     floor(random() * 4)::int AS version"
                        + "     FROM seed_partnership p JOIN seed_partnership_place pl ON pl.partnership_id = p.id"
                        + "     CROSS JOIN LATERAL (SELECT " + String.format(SDGS, "p.n") + " AS goals) g"
                        + "     CROSS JOIN LATERAL (SELECT"
                        + "       CASE WHEN p.kind_draw < .35 THEN 'MOU' WHEN p.kind_draw < .60 THEN 'EXCHANGE_PROGRAMME'"
                        + "         WHEN p.kind_draw < .80 THEN 'KNOWLEDGE_SHARING' WHEN p.kind_draw < .92 THEN 'FUNDING' ELSE 'JOINT_RESEARCH' END AS kind,"
                        + "       CASE WHEN p.kind_draw < .35 THEN 'Memorandum of understanding on' WHEN p.kind_draw < .60 THEN 'Volunteer exchange for'"
                        + "         WHEN p.kind_draw < .80 THEN 'Knowledge sharing on' WHEN p.kind_draw < .92 THEN 'Funding for'"
                        + "         ELSE 'Joint research on' END AS label_en,"
                        + "       CASE WHEN p.kind_draw < .35 THEN '合作备忘录' WHEN p.kind_draw < .60 THEN '志愿者交流项目'"
                        + "         WHEN p.kind_draw < .80 THEN '知识分享' WHEN p.kind_draw < .92 THEN '资助协议' ELSE '联合研究' END AS label_zh,"
                        + "       CASE WHEN p.status_draw < .08 THEN 'DRAFT' WHEN p.status_draw < .18 THEN 'SIGNED' WHEN p.status_draw < .55"
                        + "         THEN 'ACTIVE' WHEN p.status_draw < .68 THEN 'RENEWED' ELSE 'CLOSED' END AS status) k) d) dated");
        Sql.execute(
                connection,
                "INSERT INTO partnership_party (partnership_id, organization_id, role)"
                        + " SELECT partnership_id, organization_id, role FROM seed_party");
    }
}
