using Raaqj.Web.Domain.Organizations;

namespace Raaqj.Web.Domain.Cohort;

// A partner the region's Owner invited to work in the region (a community college, a union, a city office):
// an Editor or Viewer of the region alone, never of the anchor organization's proposal.
public class RegionPartner
{
    public int Id { get; set; }
    public int CohortRegionId { get; set; }
    public string UserId { get; set; } = "";
    public MemberRole Role { get; set; }
    public DateTime JoinedAtUtc { get; set; }
}

// An invitation to join a region as a partner.
public class RegionInvitation : Invitation
{
    public int CohortRegionId { get; set; }
}

// A message from staff to one region or, with no region, to the whole cohort: shown on the workspaces and sent by email.
public class Announcement
{
    public const int TitleMaxLength = 200;
    public const int BodyMaxLength = 4000;

    public int Id { get; set; }
    public int ProgramEditionId { get; set; }
    public int? CohortRegionId { get; set; }
    public string Title { get; set; } = "";
    public string Body { get; set; } = "";
    public string PostedByUserId { get; set; } = "";
    public DateTime PostedAtUtc { get; set; }

    // The form's own key: a second submit of the same form (a double click, a resent request) posts nothing more.
    public Guid FormKey { get; set; }
}

// A file in a region's shared library, kept with every version uploaded; the newest is the current one.
public class RegionFile
{
    public const int TitleMaxLength = 200;

    public int Id { get; set; }
    public int CohortRegionId { get; set; }
    public string Title { get; set; } = "";
    public DateTime CreatedAtUtc { get; set; }
    public DateTime UpdatedAtUtc { get; set; }

    // Two people uploading a new version at once: the second is told, and uploads again knowingly.
    public Guid Version { get; set; } = Guid.NewGuid();
    public List<RegionFileVersion> Versions { get; set; } = [];
}

public class RegionFileVersion : Documents.Document
{
    public int RegionFileId { get; set; }
    public int Number { get; set; }
}

// The rules of a region's partners: invited by the region's Owner (or staff), as Editor or Viewer, once per address.
public static class RegionTeamRules
{
    public static IReadOnlyList<RuleViolation> CanInvite(MemberRole role, string email, IEnumerable<string> teamEmails, IEnumerable<string> pendingEmails)
    {
        if (!TeamRules.InvitableRoles.Contains(role))
            return [new("Role", "Invite a partner as Editor or Viewer.")];
        if (teamEmails.Contains(email, StringComparer.OrdinalIgnoreCase))
            return [new("Email", "This person already works in this region.")];
        if (pendingEmails.Contains(email, StringComparer.OrdinalIgnoreCase))
            return [new("Email", "An invitation to this address is already waiting. Revoke it first to send a new one.")];
        return [];
    }
}
