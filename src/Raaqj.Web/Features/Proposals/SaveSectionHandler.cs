using Microsoft.EntityFrameworkCore;
using Raaqj.Web.Data;
using Raaqj.Web.Domain;
using Raaqj.Web.Domain.Proposals;
using Raaqj.Web.Infrastructure;

namespace Raaqj.Web.Features.Proposals;

// The one way a section is saved: only while the proposal is a draft and the request is open (checked on the
// server), and only over the version of the section the person started from; a stale save returns the
// version someone else saved instead of overwriting it.
public sealed class SaveSectionHandler(AppDbContext db, ProgramClock clock)
{
    public const string ConflictMessage =
        "A co-author saved this section while you were editing it. Their version is shown below the form; your text is still in the form. Save again to keep yours.";

    public static string VersionProperty(ProposalSection section) => section switch
    {
        ProposalSection.Region => nameof(Proposal.RegionVersion),
        ProposalSection.Strategy => nameof(Proposal.StrategyVersion),
        ProposalSection.Populations => nameof(Proposal.PopulationsVersion),
        ProposalSection.Stakeholders => nameof(Proposal.StakeholdersVersion),
        ProposalSection.Partnerships => nameof(Proposal.PartnershipsVersion),
        ProposalSection.JobQuality => nameof(Proposal.JobQualityVersion),
        ProposalSection.Fundraising => nameof(Proposal.FundraisingVersion),
        _ => throw new ArgumentOutOfRangeException(nameof(section), section, "This section is not edited as a form."),
    };

    public static Guid VersionOf(Proposal proposal, ProposalSection section) =>
        (Guid)typeof(Proposal).GetProperty(VersionProperty(section))!.GetValue(proposal)!;

    // Done, invalid (the proposal cannot be changed now), or a conflict with the co-author's saved proposal.
    public async Task<Outcome<Proposal>> Save(ProposalPage page, ProposalSection section, Guid postedVersion, Action<Proposal> apply)
    {
        if (!page.CanEdit)
            return Outcome<Proposal>.Of(Outcome.Invalid("", page.ReadOnlyReason!));

        // A save of another section in between also changes the row; then this section is applied again on the
        // fresh row. Only a change of this same section is a conflict.
        for (var attempt = 0; ; attempt++)
        {
            var proposal = await db.Proposals.WithEverything().SingleAsync(p => p.Id == page.Proposal.Id);
            if (VersionOf(proposal, section) != postedVersion)
            {
                db.ChangeTracker.Clear();
                return Outcome<Proposal>.Conflict(ConflictMessage, await db.Proposals.AsNoTracking().WithEverything().SingleAsync(p => p.Id == page.Proposal.Id));
            }
            apply(proposal);
            proposal.RefreshSummary();
            db.Entry(proposal).Property(VersionProperty(section)).CurrentValue = Guid.NewGuid();
            proposal.UpdatedAtUtc = clock.UtcNow;
            try
            {
                await db.SaveChangesAsync();
                return Outcome<Proposal>.DoneWith(proposal);
            }
            catch (DbUpdateConcurrencyException) when (attempt == 0)
            {
                db.ChangeTracker.Clear();
            }
        }
    }
}
