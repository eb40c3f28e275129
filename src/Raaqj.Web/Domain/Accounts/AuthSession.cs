namespace Raaqj.Web.Domain.Accounts;

// One signed-in browser. Its id travels in the sign-in cookie; the cookie is honoured only while this row
// exists and the user still has the security stamp the session began with. So logging out (which deletes the
// row) ends a copied cookie at once, and a password change or reset, a role change or disabling (which change
// the stamp) ends every session of that person, on every instance.
public class AuthSession
{
    public const int StampMaxLength = 256;

    public Guid Id { get; set; }
    public string UserId { get; set; } = "";
    public string SecurityStamp { get; set; } = "";
    public DateTime CreatedAtUtc { get; set; }
    public DateTime? ExpiresAtUtc { get; set; }
}
