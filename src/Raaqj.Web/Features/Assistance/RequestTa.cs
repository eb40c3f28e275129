using FluentValidation;
using Microsoft.EntityFrameworkCore;
using Raaqj.Web.Data;
using Raaqj.Web.Domain;
using Raaqj.Web.Domain.Accounts;
using Raaqj.Web.Domain.Assistance;
using Raaqj.Web.Domain.Audit;
using Raaqj.Web.Domain.Notifications;
using Raaqj.Web.Features.Timeline;
using Raaqj.Web.Infrastructure;
using Raaqj.Web.Infrastructure.Auditing;
using Raaqj.Web.Infrastructure.Authorization;
using Raaqj.Web.Infrastructure.Files;
using Raaqj.Web.Infrastructure.Notifications;
using Raaqj.Web.Infrastructure.Web;

namespace Raaqj.Web.Features.Assistance;

public sealed class TaRequestForm
{
    public int? AreaId { get; set; }
    public string Title { get; set; } = "";
    public string Question { get; set; } = "";
    public string Tried { get; set; } = "";
    public TaUrgency Urgency { get; set; } = TaUrgency.Normal;
    public string PreferredTimes { get; set; } = "";
    public IFormFile? File { get; set; }
}

public sealed class TaRequestFormValidator : AbstractValidator<TaRequestForm>
{
    public TaRequestFormValidator()
    {
        RuleFor(f => f.AreaId).NotNull().WithMessage("Choose the area of expertise you need.");
        RuleFor(f => f.Title).NotEmpty().WithMessage("Say in a line what you need help with.").MaximumLength(TaRequest.TitleMaxLength);
        RuleFor(f => f.Question).NotEmpty().WithMessage("Describe your question.").MaximumLength(TaRequest.TextMaxLength);
        RuleFor(f => f.Tried).MaximumLength(TaRequest.TextMaxLength);
        RuleFor(f => f.PreferredTimes).MaximumLength(TaRequest.PreferredTimesMaxLength);
        RuleFor(f => f.Urgency).IsInEnum().WithMessage("Choose how urgent it is.");
    }
}

public sealed record AreaOption(int Id, string Name);

public sealed record TaRowModel(int Id, string Title, string Area, string Region, TaStatus Status, string? Expert, DateTime RequestedAtUtc, DateTime FirstAnswerDueUtc,
    DateTime ResolutionDueUtc, bool Breached);

public sealed record RegionTaModel(RegionHeader Region, IReadOnlyList<TaRowModel> Requests, bool MayRequest);

public sealed record NewTaModel(RegionHeader Region, TaRequestForm Form, IReadOnlyList<AreaOption> Areas);

// A region's team asks for technical assistance: the request is timed on the program's clocks from the moment it
// arrives, routed to the least-loaded available expert of its area (or left for staff when there is none), and the
// expert (or staff) hear of it through the outbox in the same save.
public sealed class RequestTaHandler(AppDbContext db, RegionPages regions, RegionAccess access, TaClocks clocks, DocumentStore documents, Notifier notifier, PortalLinks links,
    ProgramClock clock, CurrentUser user, AuditLog audit)
{
    public async Task<RegionTaModel?> ListAsync(int regionId)
    {
        if (await regions.FindAsync(regionId) is not { } region)
            return null;
        var now = clock.UtcNow;
        var rows = await TaQueries.Rows(db, db.TaRequests.Where(r => r.CohortRegionId == regionId).OrderByDescending(r => r.RequestedAtUtc), now).ToListAsync();
        return new RegionTaModel(region, rows, await access.MayAsync(RecordAction.ContributeToRegion, regionId));
    }

    public async Task<NewTaModel?> NewAsync(int regionId, TaRequestForm? typed = null)
    {
        if (await regions.FindAsync(regionId) is not { } region || !await access.MayAsync(RecordAction.ContributeToRegion, regionId))
            return null;
        return new NewTaModel(region, typed ?? new TaRequestForm(), await AreasAsync());
    }

    public Task<List<AreaOption>> AreasAsync() =>
        db.ExpertAreas.AsNoTracking().OrderBy(a => a.Position).Select(a => new AreaOption(a.Id, a.Name)).ToListAsync();

    public async Task<Outcome<int>> CreateAsync(int regionId, TaRequestForm form)
    {
        if (await regions.FindAsync(regionId) is not { } region || !await access.MayAsync(RecordAction.ContributeToRegion, regionId))
            return Outcome<int>.Of(Outcome.NotFound);
        var area = await db.ExpertAreas.AsNoTracking().FirstOrDefaultAsync(a => a.Id == form.AreaId);
        if (area is null)
            return Outcome<int>.Of(Outcome.Invalid(nameof(TaRequestForm.AreaId), "Choose the area of expertise from the list."));
        IncomingDocument? file = null;
        if (form.File is { Length: > 0 })
        {
            var read = await documents.ReadAsync(form.File, 0, "message");
            if (read.Value is null)
                return Outcome<int>.Of(Outcome.From(read.Problems.Select(p => p with { Field = nameof(TaRequestForm.File) }).ToList()));
            file = read.Value;
        }

        var now = clock.UtcNow;
        var (businessClock, settings) = await clocks.ForAsync(region.Program);
        var request = new TaRequest
        {
            ProgramEditionId = region.Program.Id, CohortRegionId = regionId, AreaId = area.Id, Title = form.Title.Trim(), Question = form.Question.Trim(), Tried = form.Tried.Trim(),
            Urgency = form.Urgency, PreferredTimes = form.PreferredTimes.Trim(), Status = TaStatus.New, RequestedByUserId = user.Id!, RequestedAtUtc = now, UpdatedAtUtc = now,
            FirstAnswerDueUtc = businessClock.Deadline(now, settings.FirstAnswerDays), ResolutionDueUtc = businessClock.Deadline(now, settings.ResolveDays(form.Urgency)),
        };
        var expert = ExpertRouting.Propose(area.Id, await TaQueries.ExpertLoadsAsync(db));
        if (expert is not null)
        {
            request.ExpertUserId = expert.UserId;
            request.Take(TaStep.Assign, TaActor.Portal, now);
        }
        string? stored = null;
        var opening = new TaMessage { AuthorUserId = user.Id!, Body = request.Question, PostedAtUtc = now };
        if (file is not null)
        {
            stored = await documents.SaveAsync(file);
            opening.Files.Add(TaFiles.Record(file, stored, user.Id!, now));
        }
        request.Messages.Add(opening);
        db.TaRequests.Add(request);
        try
        {
            await db.InTransactionAsync(async () =>
            {
                await db.SaveChangesAsync();
                var link = links.Path("Show", "Ta", new { id = request.Id });
                var message = new NotificationMessage(NotificationTopic.TechnicalAssistance, $"TA request from {region.Name}: {request.Title}",
                    $"{region.Name} asks for help with {area.Name.ToLowerInvariant()}: \"{request.Title}\". A first answer is due {clock.InWords(request.FirstAnswerDueUtc)}.", link, $"ta-new:{request.Id}");
                if (expert is not null)
                    await notifier.NotifyAsync([expert.UserId], message);
                else
                    await notifier.NotifyRoleAsync(Roles.Staff, message with { Title = $"No expert for a TA request: {request.Title}", Body = $"{message.Body} No available expert has this area: route it by hand." });
                audit.Record(AuditActions.TaRequested, nameof(TaRequest), request.Id.ToString(), $"{region.Name} asked for help: \"{request.Title}\"",
                    after: new { Area = area.Name, Urgency = request.Urgency.ToString(), Expert = expert?.Name, request.FirstAnswerDueUtc, request.ResolutionDueUtc });
                await db.SaveChangesAsync();
                return true;
            });
        }
        catch
        {
            if (stored is not null)
                documents.Delete(stored);
            throw;
        }
        return Outcome<int>.DoneWith(request.Id);
    }
}

// Queries every TA page shares: a request as a list row, and the experts' loads for routing.
public static class TaQueries
{
    public static readonly TaStatus[] OpenStatuses = [TaStatus.New, TaStatus.Assigned, TaStatus.InProgress, TaStatus.WaitingOnRegion];

    // The rows as lists show them: filter, order and page the requests first, then project.
    public static IQueryable<TaRowModel> Rows(AppDbContext db, IQueryable<TaRequest> requests, DateTime nowUtc)
    {
        var breached = Breached(db.TaRequests, nowUtc);
        return requests.AsNoTracking().Select(r => new TaRowModel(r.Id, r.Title,
            db.ExpertAreas.Where(a => a.Id == r.AreaId).Select(a => a.Name).First(),
            db.CohortRegions.Where(c => c.Id == r.CohortRegionId).Select(c => c.RegionName).First(),
            r.Status, db.Users.Where(u => u.Id == r.ExpertUserId).Select(u => u.DisplayName).FirstOrDefault(), r.RequestedAtUtc, r.FirstAnswerDueUtc, r.ResolutionDueUtc,
            breached.Any(b => b.Id == r.Id)));
    }

    // Requests that missed a clock, or are past one now (TaRequest.BreachedAt, in SQL): the one SQL form of the rule,
    // which lists and exports ask of each row.
    public static IQueryable<TaRequest> Breached(IQueryable<TaRequest> requests, DateTime nowUtc) =>
        requests.Where(r => (r.FirstAnsweredAtUtc ?? nowUtc) > r.FirstAnswerDueUtc || (r.ResolvedAtUtc ?? r.ClosedAtUtc ?? nowUtc) > r.ResolutionDueUtc);

    public static async Task<List<ExpertLoad>> ExpertLoadsAsync(AppDbContext db)
    {
        var open = OpenStatuses;
        var experts = await db.ExpertProfiles.AsNoTracking()
            .Select(e => new
            {
                e.UserId, e.Available, Areas = e.Areas.Select(a => a.AreaId).ToList(),
                Name = db.Users.Where(u => u.Id == e.UserId).Select(u => u.DisplayName).First(),
                Disabled = db.Users.Where(u => u.Id == e.UserId).Select(u => u.IsDisabled).First(),
                Open = db.TaRequests.Count(r => r.ExpertUserId == e.UserId && open.Contains(r.Status)),
            }).ToListAsync();
        return experts.Select(e => new ExpertLoad(e.UserId, e.Name, e.Areas.ToHashSet(), e.Available && !e.Disabled, e.Open)).ToList();
    }
}

public static class TaFiles
{
    public static TaMessageFile Record(IncomingDocument file, string storedName, string userId, DateTime nowUtc) => new()
    {
        FileName = file.FileName, StoredName = storedName, ContentType = file.ContentType, SizeBytes = file.Content.Length, Sha256 = file.Sha256,
        UploadedByUserId = userId, UploadedAtUtc = nowUtc,
    };
}
