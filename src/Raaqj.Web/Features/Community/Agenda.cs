using FluentValidation;
using Microsoft.EntityFrameworkCore;
using Raaqj.Web.Data;
using Raaqj.Web.Domain;
using Raaqj.Web.Domain.Audit;
using Raaqj.Web.Domain.Community;
using Raaqj.Web.Infrastructure;
using Raaqj.Web.Infrastructure.Auditing;
using Raaqj.Web.Infrastructure.Files;

namespace Raaqj.Web.Features.Community;

public sealed class TopicForm
{
    public int? Id { get; set; }
    public string Name { get; set; } = "";
    public string LearningQuestions { get; set; } = "";
}

public sealed class TopicFormValidator : AbstractValidator<TopicForm>
{
    public TopicFormValidator()
    {
        RuleFor(f => f.Name).NotEmpty().WithMessage("Name the topic.").MaximumLength(LearningTopic.NameMaxLength);
        RuleFor(f => f.LearningQuestions).NotEmpty().WithMessage("Write the questions the community sets out to answer.").MaximumLength(LearningTopic.QuestionsMaxLength);
    }
}

public sealed class ResourceForm
{
    public string Title { get; set; } = "";
    public int? TopicId { get; set; }
    public int? SessionId { get; set; }
    public string Url { get; set; } = "";
    public IFormFile? File { get; set; }
}

public sealed class ResourceFormValidator : AbstractValidator<ResourceForm>
{
    public ResourceFormValidator()
    {
        RuleFor(f => f.Title).NotEmpty().WithMessage("Give the resource a title.").MaximumLength(CommunityResource.TitleMaxLength);
        RuleFor(f => f.Url).Must(url => Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp))
            .When(f => !string.IsNullOrWhiteSpace(f.Url)).WithMessage("Enter the full link, starting with https://.").MaximumLength(CommunityResource.UrlMaxLength);
        RuleFor(f => f.Url).NotEmpty().When(f => f.File is not { Length: > 0 }).WithMessage("Add a link or choose a file.");
    }
}

public sealed record ResourceRow(int Id, string Title, string? Url, int? DocumentId, string? FileName, long SizeBytes, string? Session, DateTime AddedAtUtc);

public sealed record TopicRow(int Id, string Name, string LearningQuestions, int Sessions, IReadOnlyList<ResourceRow> Resources);

public sealed record AgendaModel(CommunityReader Reader, IReadOnlyList<TopicRow> Topics, IReadOnlyList<ResourceRow> General, IReadOnlyList<TopicOption> SessionOptions,
    TopicForm Topic, ResourceForm Resource);

// The learning agenda: its topics with their questions, and the resources kept under each (links and files, through
// the one document store). Everyone in the community reads it; staff keep it.
public sealed class AgendaHandler(AppDbContext db, CommunityAccess access, DocumentStore documents, ProgramClock clock, AuditLog audit)
{
    public async Task<AgendaModel?> LoadAsync(int programId, TopicForm? typedTopic = null, ResourceForm? typedResource = null)
    {
        if (await access.ReaderAsync(programId) is not { } reader)
            return null;
        var topics = await db.LearningTopics.AsNoTracking().Where(t => t.ProgramEditionId == programId).OrderBy(t => t.Position)
            .Select(t => new { t.Id, t.Name, t.LearningQuestions, Sessions = db.SessionTopics.Count(s => s.LearningTopicId == t.Id) }).ToListAsync();
        var resources = (await db.CommunityResources.AsNoTracking().Where(r => r.ProgramEditionId == programId).OrderBy(r => r.Title)
            .Select(r => new
            {
                r.LearningTopicId,
                Row = new ResourceRow(r.Id, r.Title, r.Url, r.Files.Select(f => (int?)f.Id).FirstOrDefault(), r.Files.Select(f => f.FileName).FirstOrDefault(),
                    r.Files.Select(f => f.SizeBytes).FirstOrDefault(), db.LearningSessions.Where(s => s.Id == r.LearningSessionId).Select(s => s.Title).FirstOrDefault(), r.AddedAtUtc),
            }).ToListAsync()).ToLookup(r => r.LearningTopicId, r => r.Row);
        var sessions = reader.IsStaff
            ? await db.LearningSessions.AsNoTracking().Where(s => s.ProgramEditionId == programId).OrderByDescending(s => s.StartsAtUtc).Select(s => new TopicOption(s.Id, s.Title)).ToListAsync()
            : [];
        return new AgendaModel(reader, topics.Select(t => new TopicRow(t.Id, t.Name, t.LearningQuestions, t.Sessions, resources[t.Id].ToList())).ToList(),
            resources[null].ToList(), sessions, typedTopic ?? new TopicForm(), typedResource ?? new ResourceForm());
    }

    public async Task<Outcome> SaveTopicAsync(int programId, TopicForm form)
    {
        if (await access.StaffAsync(programId) is null)
            return Outcome.NotFound;
        var name = form.Name.Trim();
        if (await db.LearningTopics.AnyAsync(t => t.ProgramEditionId == programId && t.Name == name && t.Id != form.Id))
            return Outcome.Invalid(nameof(TopicForm.Name), "The agenda has a topic of that name already.");
        var topic = form.Id is { } id ? await db.LearningTopics.FirstOrDefaultAsync(t => t.Id == id && t.ProgramEditionId == programId) : null;
        if (form.Id is not null && topic is null)
            return Outcome.NotFound;
        var before = topic is null ? null : new { topic.Name, topic.LearningQuestions };
        if (topic is null)
            db.LearningTopics.Add(topic = new LearningTopic
            {
                ProgramEditionId = programId, Position = await db.LearningTopics.Where(t => t.ProgramEditionId == programId).MaxAsync(t => (int?)t.Position) + 1 ?? 1,
            });
        topic.Name = name;
        topic.LearningQuestions = form.LearningQuestions.Trim();
        try
        {
            // Saved first, so a new topic's audit entry names its id; both in one transaction.
            await db.InTransactionAsync(async () =>
            {
                await db.SaveChangesAsync();
                audit.Record(AuditActions.LearningTopicChanged, nameof(LearningTopic), topic.Id.ToString(),
                    before is null ? $"Added \"{name}\" to the learning agenda" : $"Changed the topic \"{name}\"", before, new { topic.Name, topic.LearningQuestions });
                await db.SaveChangesAsync();
                return true;
            });
        }
        catch (DbUpdateException ex) when (DatabaseConflict.Is(ex))
        {
            db.ChangeTracker.Clear();
            return Outcome.Invalid(nameof(TopicForm.Name), "The agenda has a topic of that name already.");
        }
        return Outcome.Done;
    }

    public async Task<Outcome> AddResourceAsync(int programId, ResourceForm form)
    {
        if (await access.StaffAsync(programId) is not { } reader)
            return Outcome.NotFound;
        if (form.TopicId is { } topic && !await db.LearningTopics.AnyAsync(t => t.Id == topic && t.ProgramEditionId == programId))
            return Outcome.Invalid(nameof(ResourceForm.TopicId), "Choose a topic of this agenda.");
        if (form.SessionId is { } session && !await db.LearningSessions.AnyAsync(s => s.Id == session && s.ProgramEditionId == programId))
            return Outcome.Invalid(nameof(ResourceForm.SessionId), "Choose a session of this program.");
        var now = clock.UtcNow;
        var resource = new CommunityResource
        {
            ProgramEditionId = programId, LearningTopicId = form.TopicId, LearningSessionId = form.SessionId, Title = form.Title.Trim(),
            Url = form.Url.TrimmedOrNull(), AddedByUserId = reader.UserId, AddedAtUtc = now,
        };
        string? stored = null;
        if (form.File is { Length: > 0 })
        {
            var read = await documents.ReadAsync(form.File, 0, "resource");
            if (read.Value is null)
                return Outcome.From(read.Problems.Select(p => p with { Field = nameof(ResourceForm.File) }).ToList());
            stored = await documents.SaveAsync(read.Value);
            resource.Files.Add(new CommunityResourceFile
            {
                FileName = read.Value.FileName, StoredName = stored, ContentType = read.Value.ContentType, SizeBytes = read.Value.Content.Length, Sha256 = read.Value.Sha256,
                UploadedByUserId = reader.UserId, UploadedAtUtc = now,
            });
        }
        db.CommunityResources.Add(resource);
        try
        {
            await db.InTransactionAsync(async () =>
            {
                await db.SaveChangesAsync();
                audit.Record(AuditActions.CommunityResourceAdded, nameof(CommunityResource), resource.Id.ToString(), $"Added \"{resource.Title}\" to the learning agenda",
                    after: new { resource.Title, resource.Url, resource.LearningTopicId, resource.LearningSessionId, File = resource.Files.FirstOrDefault()?.FileName });
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
        return Outcome.Done;
    }

    public async Task<Outcome> RemoveResourceAsync(int programId, int resourceId)
    {
        if (await access.StaffAsync(programId) is null)
            return Outcome.NotFound;
        var resource = await db.CommunityResources.Include(r => r.Files).FirstOrDefaultAsync(r => r.Id == resourceId && r.ProgramEditionId == programId);
        if (resource is null)
            return Outcome.NotFound;
        var stored = resource.Files.Select(f => f.StoredName).ToList();
        db.CommunityResources.Remove(resource);
        audit.Record(AuditActions.CommunityResourceRemoved, nameof(CommunityResource), resource.Id.ToString(), $"Removed \"{resource.Title}\" from the learning agenda",
            new { resource.Title, resource.Url });
        await db.SaveChangesAsync();
        foreach (var name in stored)
            documents.Delete(name);
        return Outcome.Done;
    }
}
