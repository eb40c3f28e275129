using FluentValidation;
using MimeKit;

namespace Raaqj.Web.Infrastructure.Mail;

// What the portal accepts as an email address: one plain mailbox (no display name, no angle brackets, no
// list) with a dotted domain, that the mail library parses. Forms check it before anything is saved.
public static class EmailAddress
{
    public const int MaxLength = 254;
    public const string Message = "Enter an email address like name@organization.org.";

    private static readonly ParserOptions Strict = new() { AddressParserComplianceMode = RfcComplianceMode.Strict, AllowAddressesWithoutDomain = false };

    public static bool IsValid(string? address)
    {
        if (string.IsNullOrWhiteSpace(address))
            return false;
        var trimmed = address.Trim();
        if (trimmed.Length > MaxLength || trimmed.Any(c => char.IsWhiteSpace(c) || char.IsControl(c) || c is '<' or '>' or ',' or ';' or '"' or '(' or ')'))
            return false;
        if (!MailboxAddress.TryParse(Strict, trimmed, out var mailbox) || mailbox.Address != trimmed || !string.IsNullOrEmpty(mailbox.Name))
            return false;
        var at = trimmed.LastIndexOf('@');
        var domain = trimmed[(at + 1)..];
        return at > 0 && domain.Contains('.') && !domain.StartsWith('.') && !domain.EndsWith('.') && !domain.Contains("..");
    }

    // The rule every form with an email field uses.
    public static IRuleBuilderOptions<T, string> MustBeEmailAddress<T>(this IRuleBuilder<T, string> rule) =>
        rule.Must(IsValid).WithMessage(Message);
}
