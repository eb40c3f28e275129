namespace Raaqj.Web.Infrastructure.Files;

/// <summary>Where uploaded files live, outside the web root, under names the portal generates. A shared store replaces the folder when there are several instances.</summary>
public interface IFileStore
{
    Task SaveAsync(string storedName, Stream content, CancellationToken cancellationToken = default);
    Stream OpenRead(string storedName);
    void Delete(string storedName);
}

public sealed class FileStoreOptions
{
    public const string Section = "Files";

    /// <summary>Relative paths are under the content root (never under wwwroot).</summary>
    public string Root { get; set; } = "data/files";
}

public sealed class LocalFileStore(Microsoft.Extensions.Options.IOptions<FileStoreOptions> options, IWebHostEnvironment environment) : IFileStore
{
    private string Root => Path.GetFullPath(options.Value.Root, environment.ContentRootPath);

    public async Task SaveAsync(string storedName, Stream content, CancellationToken cancellationToken = default)
    {
        Directory.CreateDirectory(Root);
        await using var file = new FileStream(PathOf(storedName), FileMode.CreateNew, FileAccess.Write);
        await content.CopyToAsync(file, cancellationToken);
    }

    public Stream OpenRead(string storedName) => new FileStream(PathOf(storedName), FileMode.Open, FileAccess.Read);

    public void Delete(string storedName)
    {
        if (File.Exists(PathOf(storedName)))
            File.Delete(PathOf(storedName));
    }

    // Stored names are generated hex strings; anything else never reaches the disk.
    private string PathOf(string storedName) =>
        storedName.Length == 32 && storedName.All(char.IsAsciiHexDigit)
            ? Path.Combine(Root, storedName)
            : throw new ArgumentException("Not a stored file name.", nameof(storedName));
}
