using System.Linq.Expressions;
using Raaqj.Web.Domain.Rfp;

namespace Raaqj.Web.Features.Rfp;

// A request for action as applicants read it: the public page and the staff preview show the same thing.
public sealed record RfpDocument(
    int Id, string Title, string Summary, string Eligibility, string ProgramDescription, string TimeZoneId,
    DateTime OpensAtUtc, DateTime ClosesAtUtc, DateOnly ReviewStartsOn, DateOnly ReviewEndsOn, int CohortSize,
    RfpStatus Status, DateTime? PublishedAtUtc, DateTime? ClosedAtUtc, IReadOnlyList<RfpDocument.Criterion> Criteria)
{
    public sealed record Criterion(int Position, string Title, string Guidance, int Weight, int ScaleMin, int ScaleMax);

    public static readonly Expression<Func<RequestForAction, RfpDocument>> Projection = r => new RfpDocument(
        r.Id, r.Title, r.Summary, r.Eligibility, r.ProgramDescription, r.TimeZoneId,
        r.OpensAtUtc, r.ClosesAtUtc, r.ReviewStartsOn, r.ReviewEndsOn, r.CohortSize,
        r.Status, r.PublishedAtUtc, r.ClosedAtUtc,
        r.Criteria.OrderBy(c => c.Position)
            .Select(c => new Criterion(c.Position, c.Title, c.Guidance, c.Weight, c.ScaleMin, c.ScaleMax)).ToList());

    public int WeightTotal => Criteria.Sum(c => c.Weight);

    public RfpPhase PhaseAt(DateTime nowUtc) => RfpPhaseRule.Of(Status, OpensAtUtc, ClosesAtUtc, nowUtc);

    public static IEnumerable<string> Paragraphs(string text) =>
        text.Split(["\r\n\r\n", "\n\n"], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
