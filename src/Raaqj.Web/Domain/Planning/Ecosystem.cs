namespace Raaqj.Web.Domain.Planning;

public enum EcosystemSector
{
    Employers = 1,
    EducationAndTraining = 2,
    WorkforceSystem = 3,
    CommunityBasedOrganizations = 4,
    WorkerOrganizationsAndLabor = 5,
    Government = 6,
    Philanthropy = 7,
    Other = 8,
}

// How far a stakeholder takes part in the region's agenda, lowest first. Involved and above counts as engaged.
public enum EngagementLevel
{
    Informed = 1,
    Consulted = 2,
    Involved = 3,
    Collaborating = 4,
    Leading = 5,
}

// An organization in a region's ecosystem map. Seeded from the region's proposal (ProposalStakeholderId says which
// one), added by hand or imported. A duplicate merged into another stays, pointing at the record it was merged into,
// so its history is never lost.
public class RegionStakeholder
{
    public const int NameMaxLength = 200;
    public const int WebsiteMaxLength = 300;
    public const int RoleMaxLength = 1000;
    public const int NotesMaxLength = 2000;
    public const int EinMaxLength = 10;

    public int Id { get; set; }
    public int CohortRegionId { get; set; }
    public string Name { get; set; } = "";

    // The name as de-duplication compares it (StakeholderMatching.NameKey), kept so it can be searched and indexed.
    public string NameKey { get; set; } = "";
    public EcosystemSector Sector { get; set; }
    public string? Ein { get; set; }
    public string Website { get; set; } = "";

    // The website's host as de-duplication compares it (StakeholderMatching.Domain); null for shared hosts.
    public string? Domain { get; set; }

    // Its role in the region's job quality agenda.
    public string Role { get; set; } = "";
    public EngagementLevel Engagement { get; set; }

    // Power/interest grid, 1 (low) to 4 (high); unrated until the team rates it.
    public int? Influence { get; set; }
    public int? Interest { get; set; }
    public string Notes { get; set; } = "";
    public int? ProposalStakeholderId { get; set; }
    public int? MergedIntoId { get; set; }
    public DateTime? MergedAtUtc { get; set; }
    public DateTime CreatedAtUtc { get; set; }
    public DateTime UpdatedAtUtc { get; set; }
    public Guid Version { get; set; } = Guid.NewGuid();
    public List<StakeholderContact> Contacts { get; set; } = [];
    public List<EngagementChange> History { get; set; } = [];

    public bool IsEngaged => Engagement >= EngagementLevel.Involved;

    // Sets what identifies the organization, with the forms de-duplication compares.
    public void Identify(string name, string? ein, string? website)
    {
        Name = name.Trim();
        NameKey = StakeholderMatching.NameKey(Name);
        Ein = string.IsNullOrWhiteSpace(ein) ? null : Organizations.Ein.Normalize(ein);
        Website = (website ?? "").Trim();
        Domain = StakeholderMatching.Domain(Website);
    }

    // The first step of its history: where it stood when it came into the map.
    public void Start(EngagementLevel level, DateTime atUtc, string? byUserId, string note)
    {
        Engagement = level;
        History.Add(new EngagementChange { To = level, AtUtc = atUtc, ByUserId = byUserId, Note = note });
    }

    // Moves to another level, writing the step into its history; false when the level is the one it has.
    public bool Engage(EngagementLevel level, DateTime atUtc, string? byUserId, string note)
    {
        if (level == Engagement)
            return false;
        History.Add(new EngagementChange { From = Engagement, To = level, AtUtc = atUtc, ByUserId = byUserId, Note = note });
        Engagement = level;
        return true;
    }
}

public class StakeholderContact
{
    public const int NameMaxLength = 200;
    public const int TitleMaxLength = 200;
    public const int EmailMaxLength = 256;
    public const int PhoneMaxLength = 40;

    public int Id { get; set; }
    public int RegionStakeholderId { get; set; }
    public string Name { get; set; } = "";
    public string Title { get; set; } = "";
    public string Email { get; set; } = "";

    // The address as de-duplication compares it (lower case), or null when there is none.
    public string? EmailKey { get; set; }
    public string Phone { get; set; } = "";

    public static StakeholderContact Of(string name, string? title, string? email, string? phone) => new()
    {
        Name = name.Trim(), Title = (title ?? "").Trim(), Email = (email ?? "").Trim(), EmailKey = StakeholderMatching.EmailKey(email), Phone = (phone ?? "").Trim(),
    };
}

// One step of a stakeholder's engagement: from what, to what, when, by whom and why.
public class EngagementChange
{
    public const int NoteMaxLength = 1000;

    public int Id { get; set; }
    public int RegionStakeholderId { get; set; }
    public EngagementLevel? From { get; set; }
    public EngagementLevel To { get; set; }
    public DateTime AtUtc { get; set; }
    public string? ByUserId { get; set; }
    public string Note { get; set; } = "";
}

// Two stakeholders a person looked at and said are different organizations: never offered as duplicates again and
// counted apart. FirstId is always the smaller id, so a pair is written once.
public class StakeholderDistinction
{
    public int Id { get; set; }
    public int FirstId { get; set; }
    public int SecondId { get; set; }
    public string DecidedByUserId { get; set; } = "";
    public DateTime DecidedAtUtc { get; set; }
}

// A CSV a region uploaded: parsed and shown as a preview, imported only when confirmed, and only once.
public class StakeholderImport
{
    public const int FileNameMaxLength = 200;
    public const int MaxBytes = 1024 * 1024;

    public int Id { get; set; }
    public int CohortRegionId { get; set; }
    public string UploadedByUserId { get; set; } = "";
    public string FileName { get; set; } = "";
    public string Content { get; set; } = "";
    public DateTime UploadedAtUtc { get; set; }
    public DateTime? ImportedAtUtc { get; set; }
    public int Imported { get; set; }
    public Guid Version { get; set; } = Guid.NewGuid();
}

// The words of the ecosystem map: sector and engagement labels as people read and type them, the proposal's
// sectors in the map's terms, and the power/interest grid's quadrants.
public static class EcosystemTerms
{
    public const int LowestRating = 1;
    public const int HighestRating = 4;

    public static IReadOnlyList<EcosystemSector> Sectors { get; } = Enum.GetValues<EcosystemSector>();

    public static IReadOnlyList<EngagementLevel> Levels { get; } = Enum.GetValues<EngagementLevel>();

    public static string Label(EcosystemSector sector) => sector switch
    {
        EcosystemSector.Employers => "Employers",
        EcosystemSector.EducationAndTraining => "Education and training",
        EcosystemSector.WorkforceSystem => "Workforce system",
        EcosystemSector.CommunityBasedOrganizations => "Community-based organizations",
        EcosystemSector.WorkerOrganizationsAndLabor => "Worker organizations and labor",
        EcosystemSector.Government => "Government",
        EcosystemSector.Philanthropy => "Philanthropy",
        _ => "Other",
    };

    public static string Label(EngagementLevel level) => level.ToString();

    public static EcosystemSector FromProposal(Proposals.StakeholderSector sector) => sector switch
    {
        Proposals.StakeholderSector.PrivateEmployer => EcosystemSector.Employers,
        Proposals.StakeholderSector.PublicAgency => EcosystemSector.Government,
        Proposals.StakeholderSector.EducationAndTraining => EcosystemSector.EducationAndTraining,
        Proposals.StakeholderSector.CommunityBasedOrganization => EcosystemSector.CommunityBasedOrganizations,
        Proposals.StakeholderSector.Philanthropy => EcosystemSector.Philanthropy,
        Proposals.StakeholderSector.LaborOrWorkerOrganization => EcosystemSector.WorkerOrganizationsAndLabor,
        Proposals.StakeholderSector.WorkforceBoard => EcosystemSector.WorkforceSystem,
        _ => EcosystemSector.Other,
    };

    // A sector as a spreadsheet writes it: its label or its name, in any case.
    public static EcosystemSector? ParseSector(string? text) =>
        Sectors.Where(s => Same(Label(s), text) || Same(s.ToString(), text)).Cast<EcosystemSector?>().FirstOrDefault();

    public static EngagementLevel? ParseEngagement(string? text) =>
        Levels.Where(l => Same(l.ToString(), text)).Cast<EngagementLevel?>().FirstOrDefault();

    public static bool IsRating(int? value) => value is null or (>= LowestRating and <= HighestRating);

    public static string Quadrant(int influence, int interest) => (influence > 2, interest > 2) switch
    {
        (true, true) => "Manage closely",
        (true, false) => "Keep satisfied",
        (false, true) => "Keep informed",
        _ => "Monitor",
    };

    private static bool Same(string a, string? b) => string.Equals(a, b?.Trim(), StringComparison.OrdinalIgnoreCase);
}

// Folds a duplicate into the record that stays. The duplicate keeps its own history and points at the record it went
// into; what the kept record lacks it takes from the duplicate (EIN, website, role, ratings), notes are joined, the
// people move over unless the kept record has them already, and the engagement is the higher of the two.
public static class StakeholderMerge
{
    public static void Into(RegionStakeholder keep, RegionStakeholder drop, DateTime atUtc, string byUserId)
    {
        keep.Ein ??= drop.Ein;
        if (keep.Website.Length == 0)
            (keep.Website, keep.Domain) = (drop.Website, drop.Domain);
        if (keep.Role.Length == 0)
            keep.Role = drop.Role;
        if (drop.Notes.Length > 0 && !keep.Notes.Contains(drop.Notes, StringComparison.Ordinal))
        {
            var notes = keep.Notes.Length == 0 ? drop.Notes : $"{keep.Notes}\n\n{drop.Notes}";
            keep.Notes = notes[..Math.Min(notes.Length, RegionStakeholder.NotesMaxLength)];
        }
        keep.Influence ??= drop.Influence;
        keep.Interest ??= drop.Interest;
        var people = keep.Contacts.Select(PersonKey).ToHashSet();
        foreach (var contact in drop.Contacts.Where(c => !people.Contains(PersonKey(c))))
            contact.RegionStakeholderId = keep.Id;
        if (drop.Engagement > keep.Engagement)
            keep.Engage(drop.Engagement, atUtc, byUserId, $"Merged with {drop.Name}, which was at {drop.Engagement}.");
        drop.MergedIntoId = keep.Id;
        drop.MergedAtUtc = atUtc;
        keep.UpdatedAtUtc = drop.UpdatedAtUtc = atUtc;
        keep.Version = Guid.NewGuid();
        drop.Version = Guid.NewGuid();
    }

    private static string PersonKey(StakeholderContact contact) => contact.EmailKey ?? "name:" + StakeholderMatching.NameKey(contact.Name);
}
