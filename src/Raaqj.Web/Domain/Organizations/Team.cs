namespace Raaqj.Web.Domain.Organizations;

public enum MemberRole
{
    Viewer = 1,
    Editor = 2,
    Owner = 3,
}

public class OrganizationMember
{
    public int Id { get; set; }
    public int OrganizationId { get; set; }
    public string UserId { get; set; } = "";
    public MemberRole Role { get; set; }
    public DateTime JoinedAtUtc { get; set; }

    public bool CanEdit => Accounts.Permissions.Allows(Accounts.RecordAction.EditProposal, Accounts.Permissions.Of(Role));
    public bool CanManageTeam => Accounts.Permissions.Allows(Accounts.RecordAction.ManageTeam, Accounts.Permissions.Of(Role));
}

// An invitation to join a team, sent by email; only the hash of its token is stored, and it is accepted once.
public abstract class Invitation
{
    public const int TokenHashLength = 64;
    public static readonly TimeSpan Lifetime = TimeSpan.FromDays(14);

    public int Id { get; set; }
    public string Email { get; set; } = "";
    public MemberRole Role { get; set; }
    public string TokenHash { get; set; } = "";
    public string InvitedByUserId { get; set; } = "";
    public DateTime CreatedAtUtc { get; set; }
    public DateTime ExpiresAtUtc { get; set; }
    public DateTime? AcceptedAtUtc { get; set; }
    public DateTime? RevokedAtUtc { get; set; }

    public bool IsPendingAt(DateTime nowUtc) => AcceptedAtUtc is null && RevokedAtUtc is null && nowUtc < ExpiresAtUtc;
}

// An invitation to join an organization's team.
public class OrganizationInvitation : Invitation
{
    public int OrganizationId { get; set; }
}

// The rules of a team: one owner, who alone invites, removes and hands over ownership.
public static class TeamRules
{
    public static readonly IReadOnlyList<MemberRole> InvitableRoles = [MemberRole.Editor, MemberRole.Viewer];

    public static IReadOnlyList<RuleViolation> CanInvite(OrganizationMember actor, MemberRole role, string email, IEnumerable<string> memberEmails, IEnumerable<string> pendingEmails)
    {
        if (!actor.CanManageTeam)
            return [new("", "Only the organization's owner can invite co-authors.")];
        if (!InvitableRoles.Contains(role))
            return [new("Role", "Invite a co-author as Editor or Viewer.")];
        if (memberEmails.Contains(email, StringComparer.OrdinalIgnoreCase))
            return [new("Email", "This person is already on your team.")];
        if (pendingEmails.Contains(email, StringComparer.OrdinalIgnoreCase))
            return [new("Email", "An invitation to this address is already waiting. Revoke it first to send a new one.")];
        return [];
    }

    public static IReadOnlyList<RuleViolation> CanRemove(OrganizationMember actor, OrganizationMember member)
    {
        if (!actor.CanManageTeam)
            return [new("", "Only the organization's owner can remove members.")];
        if (member.Role == MemberRole.Owner)
            return [new("", "The owner cannot be removed. Hand ownership to another member first.")];
        return [];
    }

    // The new owner takes over; the previous owner stays on the team as an Editor.
    public static IReadOnlyList<RuleViolation> TransferOwnership(OrganizationMember actor, OrganizationMember newOwner)
    {
        if (!actor.CanManageTeam)
            return [new("", "Only the owner can hand over ownership.")];
        if (newOwner.Id == actor.Id || newOwner.OrganizationId != actor.OrganizationId)
            return [new("", "Choose another member of your team.")];
        actor.Role = MemberRole.Editor;
        newOwner.Role = MemberRole.Owner;
        return [];
    }
}
