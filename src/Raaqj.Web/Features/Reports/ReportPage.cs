using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Raaqj.Web.Data;
using Raaqj.Web.Domain;
using Raaqj.Web.Domain.Accounts;
using Raaqj.Web.Domain.Audit;
using Raaqj.Web.Domain.Notifications;
using Raaqj.Web.Domain.Reporting;
using Raaqj.Web.Domain.Timeline;
using Raaqj.Web.Features.Timeline;
using Raaqj.Web.Infrastructure;
using Raaqj.Web.Infrastructure.Auditing;
using Raaqj.Web.Infrastructure.Authorization;
using Raaqj.Web.Infrastructure.Notifications;
using Raaqj.Web.Infrastructure.Web;

namespace Raaqj.Web.Features.Reports;

// An indicator as a report asks for it: where its target path stands at the end of the period, and the last value
// the program accepted before it.
public sealed record ReportLine(IndicatorRow Indicator, decimal Expected, AcceptedValue? Previous);

public sealed record ReportVersionInfo(int Number, DateTime SubmittedAtUtc, string SubmittedBy, ReportStatus Outcome, DateTime? DecidedAtUtc, string? DecidedBy, string DecisionNote);

public sealed record ReportPageModel(RegionReporting Access, int Month, DateOnly DueOn, ReportStanding Standing, ReportForm Form, IReadOnlyList<ReportLine> Lines,
    EvidenceField Evidence, IReadOnlyList<ReportVersionInfo> Versions)
{
    public string Label => ReportSchedule.Label(Access.Calendar, Month);

    public bool Editable => Access.IsTeam && Standing is not (ReportStanding.Submitted or ReportStanding.Accepted);

    public bool Decidable => Access.IsStaff && Standing == ReportStanding.Submitted;

    public DecisionForm Decision { get; init; } = new();
}

// A submitted report as it was, and what changed since the version before it.
public sealed record ReportSnapshot(string Narrative, IReadOnlyList<SnapshotLine> Lines, IReadOnlyList<string> Files);

public sealed record SnapshotLine(int IndicatorId, string Name, string Unit, decimal Expected, decimal? Value, string Explanation, bool Missed);

// A version's frozen report as JSON, written and read in one place.
public static class ReportSnapshots
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static SnapshotLine Line(int indicatorId, string name, string unit, TargetPath path, ReportValue value, int month) =>
        new(indicatorId, name, unit, path.ExpectedAt(month), value.Value, value.Explanation,
            ReportRules.NeedsExplanation(new ReportedValue(indicatorId, name, path, value.Value, value.Explanation), month));

    public static string Write(ReportSnapshot snapshot) => JsonSerializer.Serialize(snapshot, Json);

    public static ReportSnapshot Read(string json) => JsonSerializer.Deserialize<ReportSnapshot>(json, Json)!;
}

public sealed record VersionPageModel(RegionReporting Access, int Month, ReportVersionInfo Version, ReportSnapshot Report, IReadOnlyList<string> Changes, IReadOnlyList<ReportVersionInfo> Versions)
{
    public string Label => ReportSchedule.Label(Access.Calendar, Month);
}

// A region's report for one period: its team saves a draft and submits it (every value that misses its path
// explained, a narrative written), which freezes a version; staff accept it or ask for changes, and the team edits the
// same draft again. Each step is checked against the report's version, so a double click or a stale page does it once.
public sealed class ReportPageHandler(AppDbContext db, ReportingPages reporting, CurrentProgram programs, EvidenceFiles evidence, Notifier notifier, PortalLinks links,
    ProgramEventHandler programEvents, CurrentUser user, ProgramClock clock, AuditLog audit)
{
    private const string Changed = "Someone changed this report while you were editing it. The saved version is shown; your values are still in the form: save again to keep them.";
    private const string Stale = "The report changed since you opened it (someone submitted it or decided on it). Look at it again.";

    public async Task<ReportPageModel?> PageAsync(int regionId, int month, ReportForm? typed = null, DecisionForm? decision = null)
    {
        if (await reporting.FindAsync(regionId) is not { } access || await LinesAsync(access, month) is not { } lines)
            return null;
        var report = await db.PeriodReports.AsNoTracking().Where(r => r.CohortRegionId == regionId && r.EndMonth == month)
            .Select(r => new { r.Id, r.Status, r.Narrative, r.Version, Values = r.Values.Select(v => new { v.IndicatorId, v.Value, v.Explanation }).ToList() }).FirstOrDefaultAsync();
        var form = typed ?? new ReportForm
        {
            Narrative = report?.Narrative, Version = report?.Version,
            Lines = lines.Select(l => report?.Values.FirstOrDefault(v => v.IndicatorId == l.Indicator.Id) is { } v
                ? new ReportLineForm { IndicatorId = l.Indicator.Id, Value = v.Value, Explanation = v.Explanation }
                : new ReportLineForm { IndicatorId = l.Indicator.Id }).ToList(),
        };
        var today = programs.Today(access.Region.Program).Today;
        return new ReportPageModel(access, month, ReportSchedule.DueOn(access.Calendar, month), ReportSchedule.Standing(access.Calendar, month, report?.Status, today), form, lines,
            await EvidenceFiles.FieldAsync(report is null ? null : Held(report.Id), typed), report is null ? [] : await Versions(report.Id).ToListAsync())
        {
            Decision = decision ?? new DecisionForm { Version = report?.Version },
        };
    }

    public async Task<Outcome> SaveAsync(int regionId, int month, ReportForm form)
    {
        if (await reporting.FindAsync(regionId) is not { IsTeam: true } access || await LinesAsync(access, month) is not { } lines)
            return Outcome.NotFound;
        var report = await db.PeriodReports.Include(r => r.Values).Include(r => r.Evidence).FirstOrDefaultAsync(r => r.CohortRegionId == regionId && r.EndMonth == month);
        if (report is not null && report.Version != form.Version)
            return report.Status == ReportStatus.Submitted && form.Submit ? Outcome.Done : Outcome.Conflict(report.Status is ReportStatus.Draft or ReportStatus.ChangesRequested ? Changed : Stale);
        if (report?.Status is ReportStatus.Submitted or ReportStatus.Accepted)
            return Outcome.Invalid("", report.Status == ReportStatus.Accepted ? "This report was accepted; it no longer changes." : "This report is with the program team for review.");
        var typed = lines.Select(l => (Line: l, Form: form.Lines.FirstOrDefault(f => f.IndicatorId == l.Indicator.Id) ?? new ReportLineForm { IndicatorId = l.Indicator.Id })).ToList();
        var today = programs.Today(access.Region.Program);
        if (form.Submit)
        {
            if (today.Month < month)
                return Outcome.Invalid("", $"A report goes in once its period's last month has begun: {ReportSchedule.Label(access.Calendar, month)} starts {ProgramClock.DateInWords(access.Calendar.FirstDayOf(month))}. Save it as a draft until then.");
            var problems = ReportRules.Problems(typed.Select(t => new ReportedValue(t.Line.Indicator.Id, t.Line.Indicator.Name, t.Line.Indicator.Path, t.Form.Value, t.Form.Explanation ?? "")), month);
            if (problems.Count > 0)
                return Outcome.From(problems.Select(p => new RuleViolation($"{nameof(ReportForm.Lines)}[{form.Lines.FindIndex(l => l.IndicatorId == p.IndicatorId)}].{nameof(ReportLineForm.Explanation)}", p.Message)).ToList());
        }
        var file = await evidence.ReadAsync(form, report is null ? null : Held(report.Id), "report");
        if (file.Kind != OutcomeKind.Done)
            return Outcome.From(file.Problems);
        var now = clock.UtcNow;
        if (report is null)
        {
            report = new PeriodReport { CohortRegionId = regionId, EndMonth = month, CreatedAtUtc = now };
            db.PeriodReports.Add(report);
        }
        var before = Snapshot(report);
        report.Narrative = (form.Narrative ?? "").Trim();
        foreach (var (line, typedLine) in typed)
        {
            var value = report.Values.FirstOrDefault(v => v.IndicatorId == line.Indicator.Id);
            if (value is null)
                report.Values.Add(value = new ReportValue { IndicatorId = line.Indicator.Id });
            value.Value = typedLine.Value;
            value.Explanation = (typedLine.Explanation ?? "").Trim();
        }
        var files = await evidence.ApplyAsync(report.Evidence, form, file.Value);
        report.UpdatedAtUtc = now;
        report.Version = Guid.NewGuid();
        var region = access.Region;
        int? number = null;
        if (form.Submit)
        {
            number = (report.Id == 0 ? 0 : await db.ReportVersions.Where(v => v.PeriodReportId == report.Id).MaxAsync(v => (int?)v.Number) ?? 0) + 1;
            report.Versions.Add(new ReportVersion
            {
                Number = number.Value, SubmittedAtUtc = now, SubmittedByUserId = user.Id!,
                Snapshot = ReportSnapshots.Write(new ReportSnapshot(report.Narrative,
                    lines.Select(l => ReportSnapshots.Line(l.Indicator.Id, l.Indicator.Name, l.Indicator.Unit, l.Indicator.Path, report.Values.First(v => v.IndicatorId == l.Indicator.Id), month)).ToList(),
                    report.Evidence.Select(e => e.FileName).ToList())),
            });
            report.Status = ReportStatus.Submitted;
            report.FirstSubmittedAtUtc ??= now;
            var link = links.Path("Report", "Reports", new { regionId, month });
            var liaison = await db.CohortRegions.Where(r => r.Id == regionId).Select(r => r.LiaisonUserId).FirstAsync();
            var message = new NotificationMessage(NotificationTopic.PeriodReports, $"Report submitted: {region.Name}, {ReportSchedule.Label(access.Calendar, month)}",
                $"{region.Name} submitted version {number} of its report for {ReportSchedule.Label(access.Calendar, month)}. Accept it or ask for changes.", link);
            if (liaison is not null)
                await notifier.NotifyAsync([liaison], message);
            else
                await notifier.NotifyRoleAsync(Roles.Staff, message);
        }
        var saved = await audit.SaveRecordingAsync(Changed, () => audit.Record(form.Submit ? AuditActions.ReportSubmitted : AuditActions.ReportSaved, nameof(PeriodReport),
            report.Id.ToString(), form.Submit ? $"{region.Name} submitted version {number} of its report for {ReportSchedule.Label(access.Calendar, month)}"
                : $"{region.Name} saved its draft report for {ReportSchedule.Label(access.Calendar, month)}", before, Snapshot(report)));
        files.Settle(saved.Kind == OutcomeKind.Done);
        return saved;
    }

    // Accepts the submitted version, or sends it back with a note saying what to change.
    public async Task<Outcome> DecideAsync(int regionId, int month, bool accept, DecisionForm form)
    {
        if (await reporting.FindAsync(regionId) is not { IsStaff: true } access
            || await db.PeriodReports.FirstOrDefaultAsync(r => r.CohortRegionId == regionId && r.EndMonth == month) is not { } report)
            return Outcome.NotFound;
        if (report.Status != ReportStatus.Submitted)
            return report.Version == form.Version ? Outcome.Invalid("", "Only a submitted report is accepted or sent back.") : Outcome.Done;
        if (report.Version != form.Version)
            return Outcome.Conflict(Stale);
        var note = (form.Note ?? "").Trim();
        if (!accept && note.Length == 0)
            return Outcome.Invalid(nameof(DecisionForm.Note), "Say what the region should change.");
        if (note.Length > ReportVersion.NoteMaxLength)
            return Outcome.Invalid(nameof(DecisionForm.Note), $"Keep the note under {ReportVersion.NoteMaxLength} characters.");
        var latest = await db.ReportVersions.Where(v => v.PeriodReportId == report.Id).OrderByDescending(v => v.Number).FirstAsync();
        var now = clock.UtcNow;
        latest.Outcome = accept ? ReportStatus.Accepted : ReportStatus.ChangesRequested;
        latest.DecidedAtUtc = now;
        latest.DecidedByUserId = user.Id;
        latest.DecisionNote = note;
        report.Status = latest.Outcome;
        report.UpdatedAtUtc = now;
        report.Version = Guid.NewGuid();
        var region = access.Region;
        var period = ReportSchedule.Label(access.Calendar, month);
        audit.Record(accept ? AuditActions.ReportAccepted : AuditActions.ReportChangesRequested, nameof(PeriodReport), report.Id.ToString(),
            $"{region.Name}'s report for {period}, version {latest.Number}: {(accept ? "accepted" : "changes requested")}",
            new { Status = nameof(ReportStatus.Submitted) }, new { Status = latest.Outcome.ToString(), Note = note });
        var link = links.Path("Report", "Reports", new { regionId, month });
        if (accept && region.Program.RequestForActionId is { } rfp)
            await programEvents.RaiseAsync(ProgramEvents.PeriodReportAccepted, rfp, regionId, $"Report for {period} accepted.", link);
        await notifier.NotifyAsync(await RegionAccess.Team(db, regionId, writersOnly: false).Distinct().ToListAsync(), new NotificationMessage(NotificationTopic.PeriodReports,
            accept ? $"Report accepted: {region.Name}, {period}" : $"Changes requested on your report: {region.Name}, {period}",
            (accept ? $"The program team accepted version {latest.Number} of your report for {period}; its values now count on the charts."
                : $"The program team asks for changes to version {latest.Number} of your report for {period}.") + (note.Length > 0 ? $"\n\n{note}" : ""), link));
        return await db.SaveOrConflictAsync(Stale);
    }

    public async Task<VersionPageModel?> VersionAsync(int regionId, int month, int number)
    {
        if (await reporting.FindAsync(regionId) is not { } access
            || await db.PeriodReports.AsNoTracking().Where(r => r.CohortRegionId == regionId && r.EndMonth == month).Select(r => (int?)r.Id).FirstOrDefaultAsync() is not { } reportId)
            return null;
        var versions = await Versions(reportId).ToListAsync();
        var snapshots = await db.ReportVersions.AsNoTracking().Where(v => v.PeriodReportId == reportId && (v.Number == number || v.Number == number - 1))
            .ToDictionaryAsync(v => v.Number, v => ReportSnapshots.Read(v.Snapshot));
        if (!snapshots.TryGetValue(number, out var snapshot))
            return null;
        return new VersionPageModel(access, month, versions.First(v => v.Number == number), snapshot,
            snapshots.TryGetValue(number - 1, out var previous) ? Differences(previous, snapshot) : [], versions);
    }

    // What a version changed from the one before: each value, explanation, the narrative and the files.
    public static IReadOnlyList<string> Differences(ReportSnapshot before, ReportSnapshot after)
    {
        var changes = new List<string>();
        foreach (var line in after.Lines)
        {
            var was = before.Lines.FirstOrDefault(l => l.IndicatorId == line.IndicatorId);
            if (was?.Value != line.Value)
                changes.Add($"{line.Name}: {Shown(was?.Value, line.Unit)} → {Shown(line.Value, line.Unit)}");
            if ((was?.Explanation ?? "") != line.Explanation)
                changes.Add($"{line.Name}: the explanation was {(line.Explanation.Length == 0 ? "removed" : was is null || was.Explanation.Length == 0 ? "added" : "rewritten")}");
        }
        if (before.Narrative != after.Narrative)
            changes.Add("The narrative was rewritten");
        changes.AddRange(after.Files.Except(before.Files).Select(f => $"File added: {f}"));
        changes.AddRange(before.Files.Except(after.Files).Select(f => $"File removed: {f}"));
        return changes;
    }

    private static string Shown(decimal? value, string unit) => value is { } v ? ReportWording.Figure(v, unit) : "no value";

    // The indicators the report for this month asks for, with their paths; null when the region does not report that month.
    private async Task<IReadOnlyList<ReportLine>?> LinesAsync(RegionReporting access, int month)
    {
        var program = access.Region.Program;
        var indicators = await reporting.Indicators(program.Id, access.Region.Id).ToListAsync();
        if (!ReportSchedule.Months(indicators.Select(i => i.Scheduled), access.JoinedMonth, program.Months).Contains(month))
            return null;
        // An indicator retired after its value went in stays on the report.
        var held = await db.ReportValues.AsNoTracking().Where(v => db.PeriodReports.Any(r => r.Id == v.PeriodReportId && r.CohortRegionId == access.Region.Id && r.EndMonth == month))
            .Select(v => v.IndicatorId).ToListAsync();
        var previous = await reporting.Accepted(access.Region.Id, null, beforeMonth: month).ToListAsync();
        return indicators.Where(i => ReportSchedule.Asks(i.Scheduled, month) || held.Contains(i.Id))
            .Select(i => new ReportLine(i, i.Path.ExpectedAt(month), previous.Where(p => p.IndicatorId == i.Id).MaxBy(p => p.Month))).ToList();
    }

    private IQueryable<ReportVersionInfo> Versions(int reportId) =>
        db.ReportVersions.AsNoTracking().Where(v => v.PeriodReportId == reportId).OrderByDescending(v => v.Number).Select(v => new ReportVersionInfo(v.Number, v.SubmittedAtUtc,
            db.Users.Where(u => u.Id == v.SubmittedByUserId).Select(u => u.DisplayName).FirstOrDefault() ?? "A former member", v.Outcome, v.DecidedAtUtc,
            db.Users.Where(u => u.Id == v.DecidedByUserId).Select(u => u.DisplayName).FirstOrDefault(), v.DecisionNote));

    private IQueryable<Domain.Documents.Document> Held(int reportId) => db.ReportEvidence.Where(e => e.PeriodReportId == reportId);

    private static object Snapshot(PeriodReport r) => new
    {
        Status = r.Status.ToString(), r.Narrative, Values = r.Values.Select(v => new { v.IndicatorId, v.Value, v.Explanation }).ToList(), Files = r.Evidence.Select(e => e.FileName).ToList(),
    };
}
