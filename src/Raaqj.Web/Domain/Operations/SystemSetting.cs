namespace Raaqj.Web.Domain.Operations;

// A value the instances of the portal share through the database (the file store's marker, for one).
public class SystemSetting
{
    public const int NameMaxLength = 100;
    public const int ValueMaxLength = 400;

    public const string FileStoreMarker = "FileStoreMarker";
    public const string ContentVersion = "ContentVersion";

    public string Name { get; set; } = "";
    public string Value { get; set; } = "";
}
