namespace Raaqj.Web.Infrastructure.Files;

// Where uploaded files live, outside the web root, under names the portal generates. A shared store replaces the folder when there are several instances.
public interface IFileStore
{
    Task SaveAsync(string storedName, Stream content, CancellationToken cancellationToken = default);

    // The file, or null when this store does not hold it (another instance's folder, a lost file).
    Stream? TryOpenRead(string storedName);

    void Delete(string storedName);

    // Where the store is, for messages to operators.
    string Location { get; }

    // A small named file outside the stored-file namespace, for the marker that tells whether instances share the store.
    Task<string?> ReadMarkerAsync(CancellationToken cancellationToken = default);

    Task WriteMarkerAsync(string value, CancellationToken cancellationToken = default);
}

public sealed class FileStoreOptions
{
    public const string Section = "Files";

    // Relative paths are under the content root (never under wwwroot).
    public string Root { get; set; } = "data/files";
}

public sealed class LocalFileStore(Microsoft.Extensions.Options.IOptions<FileStoreOptions> options, IWebHostEnvironment environment) : IFileStore
{
    private const string MarkerFile = ".raaqj-store-marker";

    private string Root => Path.GetFullPath(options.Value.Root, environment.ContentRootPath);

    public string Location => Root;

    public async Task SaveAsync(string storedName, Stream content, CancellationToken cancellationToken = default)
    {
        Directory.CreateDirectory(Root);
        await using var file = new FileStream(PathOf(storedName), FileMode.CreateNew, FileAccess.Write);
        await content.CopyToAsync(file, cancellationToken);
    }

    public Stream? TryOpenRead(string storedName)
    {
        try
        {
            return new FileStream(PathOf(storedName), FileMode.Open, FileAccess.Read);
        }
        catch (Exception ex) when (ex is FileNotFoundException or DirectoryNotFoundException)
        {
            return null;
        }
    }

    public void Delete(string storedName)
    {
        if (File.Exists(PathOf(storedName)))
            File.Delete(PathOf(storedName));
    }

    public async Task<string?> ReadMarkerAsync(CancellationToken cancellationToken = default)
    {
        var path = Path.Combine(Root, MarkerFile);
        return File.Exists(path) ? (await File.ReadAllTextAsync(path, cancellationToken)).Trim() : null;
    }

    public async Task WriteMarkerAsync(string value, CancellationToken cancellationToken = default)
    {
        Directory.CreateDirectory(Root);
        await File.WriteAllTextAsync(Path.Combine(Root, MarkerFile), value, cancellationToken);
    }

    // Stored names are generated hex strings; anything else never reaches the disk.
    private string PathOf(string storedName) =>
        storedName.Length == 32 && storedName.All(char.IsAsciiHexDigit)
            ? Path.Combine(Root, storedName)
            : throw new ArgumentException("Not a stored file name.", nameof(storedName));
}
