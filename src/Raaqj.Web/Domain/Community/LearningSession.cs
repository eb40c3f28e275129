using Raaqj.Web.Domain.Assistance;

namespace Raaqj.Web.Domain.Community;

// A topic of the program's learning agenda (job quality, equitable hiring practices) with the questions the
// community of practice sets out to answer.
public class LearningTopic
{
    public const int NameMaxLength = 150;
    public const int QuestionsMaxLength = 2000;

    public int Id { get; set; }
    public int ProgramEditionId { get; set; }
    public string Name { get; set; } = "";
    public string LearningQuestions { get; set; } = "";
    public int Position { get; set; }
}

public enum SessionKind
{
    LaunchConvening = 0,
    Webinar = 1,
    PeerExchange = 2,
    SiteVisit = 3,
    Workshop = 4,
}

public enum SessionFormat
{
    InPerson = 0,
    Virtual = 1,
    Hybrid = 2,
}

// A learning session of the community of practice: when (a wall-clock time in a named zone, kept as UTC), where (a
// place, a link shown only to the people registered, or both), who leads it, how many seats.
public class LearningSession
{
    public const int TitleMaxLength = 200;
    public const int DescriptionMaxLength = 4000;
    public const int PlaceMaxLength = 300;
    public const int LinkMaxLength = 500;
    public const int FacilitatorMaxLength = 200;

    public int Id { get; set; }
    public int ProgramEditionId { get; set; }
    public string Title { get; set; } = "";
    public string Description { get; set; } = "";
    public SessionKind Kind { get; set; }
    public SessionFormat Format { get; set; }
    public DateTime StartsAtUtc { get; set; }
    public DateTime EndsAtUtc { get; set; }
    public string TimeZoneId { get; set; } = "";
    public string Place { get; set; } = "";
    public string VirtualLink { get; set; } = "";
    public string Facilitator { get; set; } = "";

    // No capacity: as many as register.
    public int? Capacity { get; set; }
    public DateTime CreatedAtUtc { get; set; }
    public DateTime UpdatedAtUtc { get; set; }

    // Changed by every edit and every registration: two people taking the last seat at once, the second is refused.
    public Guid Version { get; set; } = Guid.NewGuid();
    public List<SessionTopic> Topics { get; set; } = [];
}

public class SessionTopic
{
    public int LearningSessionId { get; set; }
    public int LearningTopicId { get; set; }
}

// A person who signed up for a session, the region they come for and the part they take (advocate, employer, ...).
public class SessionRegistration
{
    public int Id { get; set; }
    public int LearningSessionId { get; set; }
    public string UserId { get; set; } = "";
    public int? CohortRegionId { get; set; }
    public ParticipantRole Role { get; set; }
    public DateTime RegisteredAtUtc { get; set; }
}

// Someone who was there: a portal user, or a guest known by name, email and organization. Once per person per
// session (PersonKey, the same key people equipped counts by).
public class SessionAttendance
{
    public const int NameMaxLength = 200;
    public const int EmailMaxLength = 256;
    public const int OrganizationMaxLength = 200;
    public const int PersonKeyMaxLength = 500;

    public int Id { get; set; }
    public int LearningSessionId { get; set; }
    public string? UserId { get; set; }
    public string Name { get; set; } = "";
    public string? Email { get; set; }
    public string? Organization { get; set; }
    public int? CohortRegionId { get; set; }
    public ParticipantRole Role { get; set; }
    public string PersonKey { get; set; } = "";
    public string RecordedByUserId { get; set; } = "";
    public DateTime RecordedAtUtc { get; set; }
}

// What an attendee thought of a session: once each, which they may change.
public class SessionFeedback
{
    public const int CommentMaxLength = 2000;

    public int Id { get; set; }
    public int LearningSessionId { get; set; }
    public string UserId { get; set; } = "";
    public int Rating { get; set; }
    public string Comment { get; set; } = "";
    public DateTime GivenAtUtc { get; set; }
}

// A resource of the learning agenda: a link or a file, kept under a topic (or for the whole agenda), and possibly a
// session's materials.
public class CommunityResource
{
    public const int TitleMaxLength = 200;
    public const int UrlMaxLength = 500;

    public int Id { get; set; }
    public int ProgramEditionId { get; set; }
    public int? LearningTopicId { get; set; }
    public int? LearningSessionId { get; set; }
    public string Title { get; set; } = "";
    public string? Url { get; set; }
    public string AddedByUserId { get; set; } = "";
    public DateTime AddedAtUtc { get; set; }
    public List<CommunityResourceFile> Files { get; set; } = [];
}

public class CommunityResourceFile : Documents.Document
{
    public int CommunityResourceId { get; set; }
}
