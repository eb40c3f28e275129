namespace Raaqj.Web.Infrastructure.Web;

// What an invitation's page needs to let the invited person accept (Features/Shared/_InvitationAnswer).
// Token: Posted back with the answer when the accepting address carries no id of its own.
public sealed record InvitationAnswer(string Email, DateTime ExpiresAtUtc, string AcceptUrl, string AcceptText, string ReturnUrl, string? Token = null);
