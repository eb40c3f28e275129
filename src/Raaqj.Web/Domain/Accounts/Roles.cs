namespace Raaqj.Web.Domain.Accounts;

public static class Roles
{
    public const string Admin = "Admin";
    public const string Staff = "Staff";
    public const string Reviewer = "Reviewer";
    public const string Anchor = "Anchor";

    public static readonly IReadOnlyList<string> All = [Admin, Staff, Reviewer, Anchor];

    // Roles an admin may grant by invitation; anchor accounts register themselves.
    public static readonly IReadOnlyList<string> Invitable = [Admin, Staff, Reviewer];

    public static string Describe(string role) => role switch
    {
        Admin => "Administrator: manages accounts and reads the audit log",
        Staff => "Program staff: runs the request for action, review and cohort",
        Reviewer => "Reviewer: scores assigned proposals",
        Anchor => "Anchor organization: prepares its region's proposal",
        _ => role,
    };
}
