using Microsoft.EntityFrameworkCore;
using Raaqj.Web.Domain.Cohort;
using Raaqj.Web.Domain.Organizations;
using Raaqj.Web.Domain.Planning;
using Raaqj.Web.Domain.Timeline;

namespace Raaqj.Web.Data.Seed;

// The regions' ecosystem maps in month 10: each starts from its proposal's stakeholders and has grown through months 8
// to 10, the sixth (the region behind) the least. Engagement moved step by step, with notes. Some organizations are
// entered twice: in Northeast Ohio by two people, in the second region with and without "Inc."; a national funder and
// a national employer sit in several regions' maps and count once toward the program's 640; the third region merged
// one duplicate already.
public static class DemoEcosystem
{
    private sealed record Template(string Pattern, EcosystemSector Sector, string Role);

    private static readonly Template[] Templates =
    [
        new("{0} Manufacturers Association", EcosystemSector.Employers, "Convenes manufacturers on hiring and pay standards."),
        new("{0} Hospital Council", EcosystemSector.Employers, "Brings the hospitals' talent leaders to the employer council."),
        new("{0} Logistics Partners", EcosystemSector.Employers, "Warehouse employers piloting predictable schedules."),
        new("Regional Chamber of Commerce, {0}", EcosystemSector.Employers, "Carries the job quality pledge to small businesses."),
        new("{0} Restaurant and Hospitality Alliance", EcosystemSector.Employers, "Tests tip-pool and scheduling practices with members."),
        new("{0} Technical College", EcosystemSector.EducationAndTraining, "Builds stackable credentials with employers."),
        new("{0} Adult Education Consortium", EcosystemSector.EducationAndTraining, "Bridges adult learners into training."),
        new("{0} Apprenticeship Hub", EcosystemSector.EducationAndTraining, "Registers apprenticeships in new occupations."),
        new("{0} Workforce Development Board", EcosystemSector.WorkforceSystem, "Aligns public workforce funds with the agenda."),
        new("{0} American Job Center", EcosystemSector.WorkforceSystem, "Refers job seekers to quality-job employers."),
        new("State Workforce Agency, {0} field office", EcosystemSector.WorkforceSystem, "Shares wage records for the baseline."),
        new("{0} Urban League", EcosystemSector.CommunityBasedOrganizations, "Recruits and supports Black job seekers."),
        new("{0} Immigrant and Refugee Services", EcosystemSector.CommunityBasedOrganizations, "Brings immigrant workers into the listening sessions."),
        new("{0} Reentry Coalition", EcosystemSector.CommunityBasedOrganizations, "Fair-chance hiring with employers."),
        new("{0} Central Labor Council", EcosystemSector.WorkerOrganizationsAndLabor, "Workers' voice on the standards."),
        new("{0} Domestic Workers Alliance", EcosystemSector.WorkerOrganizationsAndLabor, "Care workers' conditions and pay."),
        new("{0} Building Trades Council", EcosystemSector.WorkerOrganizationsAndLabor, "Pre-apprenticeship seats for priority populations."),
        new("City Office of Economic Opportunity, {0}", EcosystemSector.Government, "Ties city incentives to job quality."),
        new("{0} Regional Planning Commission", EcosystemSector.Government, "Maps transit to the jobs."),
        new("State Department of Labor, {0} office", EcosystemSector.Government, "Enforcement and data."),
        new("{0} Community Foundation", EcosystemSector.Philanthropy, "Local match and convening."),
        new("United Way of {0}", EcosystemSector.Philanthropy, "Funds the benefits navigators."),
        new("{0} Economic Research Institute", EcosystemSector.Other, "Analysis of wages and job quality."),
        new("{0} Public Library system", EcosystemSector.Other, "Hosts digital-skills sessions and listening sessions."),
    ];

    private static readonly string[] People = ["Maria Lopez", "James Carter", "Aisha Johnson", "Daniel Nguyen", "Grace Kim", "Robert Miller", "Fatima Ali", "Kevin O'Brien"];

    public static async Task SeedAsync(AppDbContext db, List<CohortRegion> regions, ProgramCalendar calendar, DateOnly today, Func<DateOnly, int, DateTime> at)
    {
        var organizations = regions.Select(r => r.OrganizationId).ToList();
        var owners = (await db.OrganizationMembers.Where(m => organizations.Contains(m.OrganizationId) && m.Role == MemberRole.Owner)
            .Select(m => new { m.OrganizationId, m.UserId }).ToListAsync()).GroupBy(m => m.OrganizationId).ToDictionary(g => g.Key, g => g.First().UserId);
        var proposalIds = regions.Select(r => r.ProposalId).ToList();
        var named = (await db.Stakeholders.AsNoTracking().Where(s => proposalIds.Contains(s.ProposalId)).OrderBy(s => s.Position).ToListAsync()).ToLookup(s => s.ProposalId);
        var joined = at(calendar.FirstDayOf(8), 9);
        // Nothing happened after yesterday.
        var latest = at(today.AddDays(-1), 9);
        DateTime Before(DateOnly day, int hour) => at(day, hour) is var when && when < latest ? when : latest;
        for (var r = 0; r < regions.Count; r++)
        {
            var region = regions[r];
            var owner = owners[region.OrganizationId];
            var map = named[region.ProposalId].Select(s => StakeholderSeeding.From(s, region.Id, joined)).ToList();
            var count = r == 5 ? 10 : Templates.Length - r;
            for (var t = 0; t < count; t++)
                map.Add(Stakeholder(region.Id, string.Format(Templates[t].Pattern, region.RegionName), Templates[t], r, t, owner, calendar, Before));
            map.Add(National(region.Id, r, "JPMorgan Chase Foundation", EcosystemSector.Philanthropy, "jpmorganchase.com", "Funds the region's skills-based hiring work.", owner, calendar, Before, r < 4));
            if (r is 1 or 4)
                map.Add(National(region.Id, r, "Walmart", EcosystemSector.Employers, "walmart.com", "Stores in the region test the scheduling pilot.", owner, calendar, Before, true));
            if (r == 0 && map.FirstOrDefault(s => s.Sector == EcosystemSector.Employers) is { } employer)
            {
                // A partner entered the proposal's employer again, with a different spelling and a contact.
                var twice = National(region.Id, r, $"The {employer.Name}, Inc.", EcosystemSector.Employers, "", "Patient-care hiring.", owner, calendar, Before, true);
                twice.Contacts.Add(StakeholderContact.Of("Renee Walker", "Talent acquisition", "rwalker@example.org", ""));
                map.Add(twice);
            }
            if (r == 1)
                map.Add(Stakeholder(region.Id, $"{region.RegionName} Workforce Development Board, Inc.", Templates[8], r, 3, owner, calendar, Before));
            db.RegionStakeholders.AddRange(map);
        }
        await db.SaveChangesAsync();

        // The third region merged its Urban League, entered twice, last month.
        var third = regions[2];
        var kept = await db.RegionStakeholders.FirstAsync(s => s.CohortRegionId == third.Id && s.Name == $"{third.RegionName} Urban League");
        var twin = Stakeholder(third.Id, $"{third.RegionName} Urban League Inc.", Templates[11], 2, 5, owners[third.OrganizationId], calendar, Before);
        db.RegionStakeholders.Add(twin);
        await db.SaveChangesAsync();
        await db.Entry(kept).Collection(s => s.Contacts).LoadAsync();
        StakeholderMerge.Into(kept, twin, Before(calendar.FirstDayOf(9).AddDays(20), 11), owners[third.OrganizationId]);
        await db.SaveChangesAsync();
    }

    // A stakeholder that came in during month 8 or 9 and moved up step by step to where it stands today.
    private static RegionStakeholder Stakeholder(int regionId, string name, Template template, int r, int t, string owner, ProgramCalendar calendar, Func<DateOnly, int, DateTime> at)
    {
        var added = at(calendar.FirstDayOf(8).AddDays((t * 3 + r * 5) % 40), 10 + t % 6);
        var level = (EngagementLevel)(1 + ((t * 7 + r * 3) % 5));
        var stakeholder = new RegionStakeholder
        {
            CohortRegionId = regionId, Sector = template.Sector, Role = template.Role, CreatedAtUtc = added, UpdatedAtUtc = added,
            Influence = t % 6 == 5 ? null : 1 + (t * 3 + r) % 4, Interest = t % 6 == 5 ? null : 1 + (t + 2 * r) % 4,
        };
        var slug = new string(name.ToLowerInvariant().Where(char.IsAsciiLetterOrDigit).ToArray());
        stakeholder.Identify(name, null, slug[..Math.Min(slug.Length, 40)] + ".org");
        stakeholder.Start(level == EngagementLevel.Informed ? EngagementLevel.Informed : EngagementLevel.Consulted, added, owner, "Met at the launch convening.");
        if (level > EngagementLevel.Consulted)
            stakeholder.Engage(level, at(DateOnly.FromDateTime(added).AddDays(12 + t % 9), 10 + t % 6), owner, level switch
            {
                EngagementLevel.Involved => "Joined the working group.",
                EngagementLevel.Collaborating => "Signed on to co-design the pilot.",
                _ => "Chairs a working group of the agenda.",
            });
        stakeholder.UpdatedAtUtc = stakeholder.History[^1].AtUtc;
        if (t % 3 == 0)
        {
            var person = People[(t + r) % People.Length];
            stakeholder.Contacts.Add(StakeholderContact.Of(person, "Director", $"{person.Split(' ')[0].ToLowerInvariant()}@{stakeholder.Domain}", "555-0100"));
        }
        return stakeholder;
    }

    private static RegionStakeholder National(int regionId, int r, string name, EcosystemSector sector, string website, string role, string owner, ProgramCalendar calendar,
        Func<DateOnly, int, DateTime> at, bool engaged)
    {
        var added = at(calendar.FirstDayOf(9).AddDays(4 + r), 14);
        var stakeholder = new RegionStakeholder { CohortRegionId = regionId, Sector = sector, Role = role, CreatedAtUtc = added, UpdatedAtUtc = added, Influence = 4, Interest = 3 };
        stakeholder.Identify(name, null, website);
        stakeholder.Start(engaged ? EngagementLevel.Involved : EngagementLevel.Consulted, added, owner, engaged ? "Committed staff time to the working group." : "First call.");
        return stakeholder;
    }
}
