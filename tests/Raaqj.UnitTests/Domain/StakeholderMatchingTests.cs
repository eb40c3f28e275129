using Raaqj.Web.Domain.Planning;
using Raaqj.Web.Features.Ecosystem;

namespace Raaqj.UnitTests.Domain;

public sealed class StakeholderMatchingTests
{
    private static StakeholderKeys Keys(int id, string name, string? ein = null, string? website = null, int region = 1, params string[] emails) =>
        new(id, region, StakeholderMatching.NameKey(name), StakeholderMatching.EinKey(ein), StakeholderMatching.Domain(website),
            emails.Select(StakeholderMatching.EmailKey).OfType<string>().ToList());

    private static IReadOnlyList<MatchReason> Match(StakeholderKeys a, StakeholderKeys b) => StakeholderMatching.Reasons(a, b);

    [Theory]
    [InlineData("Acme Corp.", "ACME Corporation")]
    [InlineData("The Acme Co.", "Acme Company")]
    [InlineData("Acme, Inc.", "acme")]
    [InlineData("Ríos & Sons LLC", "Rios and Sons")]
    [InlineData("  Jobs   for the Future ", "Jobs for the Future, Inc")]
    public void Names_equal_once_spelling_and_legal_form_are_set_aside_match(string a, string b) =>
        Assert.Equal([MatchReason.SameName], Match(Keys(1, a), Keys(2, b)));

    [Theory]
    [InlineData("Acme Health", "Acme Health Partners")]
    [InlineData("Metro Community College", "Metro Community College Foundation")]
    [InlineData("The Company", "Company Store")]
    [InlineData("United Way of Denver", "United Way of Denver County")]
    public void Names_that_only_share_words_do_not_match(string a, string b) => Assert.Empty(Match(Keys(1, a), Keys(2, b)));

    [Theory]
    [InlineData("https://www.Acme.org/about", "acme.org", true)]
    [InlineData("http://acme.org", "ACME.ORG/jobs?x=1", true)]
    [InlineData("acme.org", "acme.com", false)]
    [InlineData("careers.acme.org", "acme.org", false)]
    [InlineData("facebook.com/acme", "facebook.com/other", false)]
    [InlineData("sites.google.com/view/acme", "https://sites.google.com/view/other", false)]
    public void Websites_match_on_their_host_but_never_on_a_shared_one(string a, string b, bool same) =>
        Assert.Equal(same, Match(Keys(1, "First", website: a), Keys(2, "Second", website: b)).Contains(MatchReason.SameWebsite));

    [Fact]
    public void The_same_EIN_however_typed_matches_and_two_different_EINs_never_do()
    {
        Assert.Equal([MatchReason.SameEin], Match(Keys(1, "North", ein: "12-3456789"), Keys(2, "South", ein: "123456789")));
        // Same name and website, but two EINs: two organizations (a national brand's local chapters).
        Assert.Empty(Match(Keys(1, "Urban League", "12-3456789", "urbanleague.org"), Keys(2, "Urban League", "98-7654321", "urbanleague.org")));
        Assert.Empty(Match(Keys(1, "North", ein: "12-345"), Keys(2, "South", ein: "12-345")));
    }

    [Fact]
    public void A_contact_with_the_same_email_matches_and_another_person_at_the_same_domain_does_not()
    {
        Assert.Equal([MatchReason.SameContactEmail], Match(Keys(1, "North", emails: " Dana@Acme.org"), Keys(2, "South", emails: "dana@acme.org")));
        Assert.Empty(Match(Keys(1, "North", emails: "dana@acme.org"), Keys(2, "South", emails: "lee@acme.org")));
        Assert.Empty(Match(Keys(1, "North", emails: "not an email"), Keys(2, "South", emails: "not an email")));
    }

    [Fact]
    public void Pairs_come_once_with_every_reason_and_leave_out_the_pairs_kept_apart()
    {
        var all = new[]
        {
            Keys(1, "Acme Corp", website: "acme.org"), Keys(2, "ACME Corporation", website: "www.acme.org"), Keys(3, "Acme Inc", region: 2),
            Keys(4, "Beta Works", emails: "a@beta.org"), Keys(5, "Gamma", emails: "a@beta.org"), Keys(6, "Delta"),
        };

        var pairs = StakeholderMatching.Pairs(all, new HashSet<(int, int)> { (2, 3) });

        Assert.Equal([(1, 2), (1, 3), (4, 5)], pairs.Select(p => (p.FirstId, p.SecondId)));
        Assert.Equal([MatchReason.SameWebsite, MatchReason.SameName], pairs[0].Reasons);
    }

    [Fact]
    public void Unique_organizations_count_each_group_of_matches_once_across_regions()
    {
        var all = new[]
        {
            Keys(1, "National Fund", website: "fund.org", region: 1), Keys(2, "National Fund", region: 2), Keys(3, "Other name", website: "fund.org", region: 3),
            Keys(4, "Local Works", region: 1), Keys(5, "Local Works", region: 2),
        };

        Assert.Equal(2, StakeholderMatching.UniqueCount(all, new HashSet<(int, int)>()));
        // People said the two Local Works are different: three organizations.
        Assert.Equal(3, StakeholderMatching.UniqueCount(all, new HashSet<(int, int)> { (4, 5) }));
        Assert.Equal(0, StakeholderMatching.UniqueCount([], new HashSet<(int, int)>()));
        // Record 3 matches 1 by website and 2 by nothing, yet the three are one group through 1.
        Assert.Equal([[1, 2, 3], [4, 5]], StakeholderMatching.Groups(StakeholderMatching.Pairs(all, new HashSet<(int, int)>())).Select(g => g.ToArray()));
    }

    [Fact]
    public void A_merge_fills_what_the_kept_record_lacks_moves_new_people_keeps_the_higher_engagement_and_points_the_duplicate_at_it()
    {
        var at = new DateTime(2026, 11, 2, 15, 0, 0, DateTimeKind.Utc);
        var keep = new RegionStakeholder { Id = 1, Name = "Acme", Notes = "Met in March.", Interest = 2 };
        keep.Start(EngagementLevel.Consulted, at.AddDays(-30), "u1", "");
        keep.Contacts.Add(new StakeholderContact { Id = 10, RegionStakeholderId = 1, Name = "Dana Ruiz", EmailKey = "dana@acme.org" });
        var drop = new RegionStakeholder { Id = 2, Name = "ACME Inc", Ein = "12-3456789", Website = "acme.org", Domain = "acme.org", Role = "Employer council", Notes = "Hosts the pilot.", Influence = 4, Interest = 4 };
        drop.Start(EngagementLevel.Collaborating, at.AddDays(-20), "u2", "");
        drop.Contacts.Add(new StakeholderContact { Id = 20, RegionStakeholderId = 2, Name = "Dana Ruiz", EmailKey = "dana@acme.org" });
        drop.Contacts.Add(new StakeholderContact { Id = 21, RegionStakeholderId = 2, Name = "Lee Park" });

        StakeholderMerge.Into(keep, drop, at, "u3");

        Assert.Equal(("12-3456789", "acme.org", "Employer council", 4, 2), (keep.Ein, keep.Domain, keep.Role, keep.Influence, keep.Interest));
        Assert.Equal("Met in March.\n\nHosts the pilot.", keep.Notes);
        Assert.Equal([2, 1], drop.Contacts.Select(c => c.RegionStakeholderId));
        Assert.Equal(EngagementLevel.Collaborating, keep.Engagement);
        Assert.Equal((EngagementLevel?)EngagementLevel.Consulted, keep.History[^1].From);
        Assert.Equal((1, at), (drop.MergedIntoId!.Value, drop.MergedAtUtc!.Value));
        Assert.Single(drop.History);
    }

    [Fact]
    public void A_CSV_is_read_by_column_name_in_any_order_and_every_row_says_its_errors()
    {
        const string csv = "Sector,NAME,engagement,influence,Contact Name,contact_email,website\n" +
            "Employers,Acme,Involved,4,Dana Ruiz,dana@acme.org,acme.org\n" +
            "Bakers,Bakery,,x,Lee Park,not-an-email,\n" +
            "Government,,Leading,,,,\n";

        var reading = StakeholderCsv.Read(csv, new StakeholderFormValidator());

        Assert.False(reading.CanImport);
        Assert.Equal([2, 3, 4], reading.Rows.Select(r => r.Line));
        Assert.True(reading.Rows[0].IsValid, string.Join(" | ", reading.Rows[0].Errors));
        Assert.Equal((EcosystemSector.Employers, EngagementLevel.Involved, 4), (reading.Rows[0].Form.Sector!.Value, reading.Rows[0].Form.Engagement!.Value, reading.Rows[0].Form.Influence!.Value));
        Assert.Contains(reading.Rows[1].Errors, e => e.StartsWith("Sector “Bakers”", StringComparison.Ordinal));
        Assert.Contains(reading.Rows[1].Errors, e => e.StartsWith("Influence “x”", StringComparison.Ordinal));
        Assert.Contains(reading.Rows[1].Errors, e => e.Contains("email", StringComparison.OrdinalIgnoreCase));
        Assert.DoesNotContain(reading.Rows[1].Errors, e => e == "Choose a sector.");
        Assert.Equal(["Enter the organization's name."], reading.Rows[2].Errors);
        Assert.Contains("sector is missing", StakeholderCsv.Read("name\nAcme\n", new StakeholderFormValidator()).Problems.Single(), StringComparison.Ordinal);
    }
}
