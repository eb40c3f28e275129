using Microsoft.AspNetCore.Identity;

namespace Raaqj.Web.Domain.Accounts;

public class AppUser : IdentityUser
{
    public const int DisplayNameMaxLength = 200;

    public string DisplayName { get; set; } = "";
    public bool IsDisabled { get; set; }
    public DateTime CreatedAtUtc { get; set; }
    public DateTime? InvitedAtUtc { get; set; }
    public string? InvitedByUserId { get; set; }
    public DateTime? LastSignInAtUtc { get; set; }

    // An invited person who has not yet set a password through the invitation link.
    public bool InvitationPending => InvitedAtUtc is not null && PasswordHash is null;
}
