using Microsoft.EntityFrameworkCore;
using Raaqj.Web.Data;
using Raaqj.Web.Domain;
using Raaqj.Web.Domain.Accounts;
using Raaqj.Web.Domain.Audit;
using Raaqj.Web.Domain.Notifications;
using Raaqj.Web.Domain.Proposals;
using Raaqj.Web.Infrastructure;
using Raaqj.Web.Infrastructure.Auditing;
using Raaqj.Web.Infrastructure.Notifications;
using Raaqj.Web.Infrastructure.Web;

namespace Raaqj.Web.Features.Proposals;

// Submit, take back to draft, withdraw: the owner's decisions, allowed only before the deadline (server clock), audited, and told to the whole team.
public sealed class SubmissionHandler(AppDbContext db, ProgramClock clock, CurrentUser user, AuditLog audit, Notifier notifier, Notices notices, PortalLinks links)
{
    public async Task<Outcome> Submit(ProposalPage page, bool certified)
    {
        if (!page.IsOwner)
            return Outcome.Invalid("", "Only the owner of your team can submit the proposal.");
        var proposal = await LoadTracked(page.Proposal.Id);
        var problems = proposal.Submit(clock.UtcNow, page.Rfp.AcceptsProposalsAt(clock.UtcNow), user.Id!, certified);
        if (problems.Count > 0)
            return Outcome.From(problems);
        audit.Record(AuditActions.ProposalSubmitted, nameof(Proposal), proposal.Id.ToString(),
            $"{page.OrganizationName} submitted its proposal ({proposal.ReceiptNumber})",
            before: new { Status = ProposalStatus.Draft.ToString() }, after: new { Status = proposal.Status.ToString(), proposal.ReceiptNumber });
        await TellTheTeam(page, $"Proposal submitted: receipt {proposal.ReceiptNumber}",
            $"{page.OrganizationName}'s proposal to \"{page.Rfp.Title}\" was submitted on {clock.InWords(proposal.SubmittedAtUtc!.Value)} by {user.Email}.\n\nReceipt number: {proposal.ReceiptNumber}\n\nUntil the deadline ({ProgramClock.InWords(page.Rfp.ClosesAtUtc, page.Rfp.TimeZoneId)}) the owner can take it back to draft to change it, then submit it again.");
        await notifier.NotifyRoleAsync(Roles.Staff, notices.ProposalSubmitted(proposal.Id, page.OrganizationName, proposal.RegionName, proposal.ReceiptNumber, proposal.SubmittedAtUtc!.Value));
        return await SaveOnce();
    }

    public Task<Outcome> Reopen(ProposalPage page) =>
        Change(page, p => p.Reopen(page.Rfp.AcceptsProposalsAt(clock.UtcNow)), AuditActions.ProposalReopened, "took the proposal back to draft",
            "Proposal back to draft", "It is a draft again: remember to submit it again before the deadline.");

    public Task<Outcome> Withdraw(ProposalPage page) =>
        Change(page, p => p.Withdraw(page.Rfp.AcceptsProposalsAt(clock.UtcNow)), AuditActions.ProposalWithdrawn, "withdrew the proposal",
            "Proposal withdrawn", "It will not be reviewed. Until the deadline the owner can take it back to draft.");

    private async Task<Outcome> Change(ProposalPage page, Func<Proposal, IReadOnlyList<RuleViolation>> change,
        string action, string verb, string subject, string consequence)
    {
        if (!page.IsOwner)
            return Outcome.Invalid("", "Only the owner of your team can do this.");
        var proposal = await LoadTracked(page.Proposal.Id);
        var before = proposal.Status;
        var problems = change(proposal);
        if (problems.Count > 0)
            return Outcome.From(problems);
        audit.Record(action, nameof(Proposal), proposal.Id.ToString(), $"{user.Email} {verb} for {page.OrganizationName}",
            before: new { Status = before.ToString() }, after: new { Status = proposal.Status.ToString() });
        await TellTheTeam(page, subject, $"{user.Email} {verb} of {page.OrganizationName} to \"{page.Rfp.Title}\". {consequence}");
        return await SaveOnce();
    }

    // Saves the change with its audit entry and mail, or nothing: the proposal's status is a concurrency token, so of
    // two identical requests at once (a double click, two tabs) only the first changes it, audits it and mails the team.
    private async Task<Outcome> SaveOnce()
    {
        try
        {
            await db.SaveChangesAsync();
            return Outcome.Done;
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return Outcome.Conflict("The proposal's status changed a moment ago (a second click, or a colleague). Nothing more was done; the page shows where it stands.");
        }
    }

    private Task<Proposal> LoadTracked(int id) => db.Proposals.WithEverything().SingleAsync(p => p.Id == id);

    // Tells every member, with the change it tells of.
    private async Task TellTheTeam(ProposalPage page, string subject, string body)
    {
        var members = await db.OrganizationMembers.Where(m => m.OrganizationId == page.Proposal.OrganizationId).Select(m => m.UserId).ToListAsync();
        await notifier.NotifyAsync(members, new NotificationMessage(NotificationTopic.ProposalUpdates, subject, body, links.Path("Overview", "Proposals", new { id = page.Proposal.Id })));
    }
}
