using System.IO.Compression;
using System.Net;
using Raaqj.IntegrationTests.Builders;
using Raaqj.IntegrationTests.Infrastructure;

namespace Raaqj.IntegrationTests.Proposals;

public sealed class UploadTests(PortalFactory factory) : PortalTest<PortalFactory>(factory)
{
    public static readonly byte[] Pdf = "%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n"u8.ToArray();
    public static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0];

    private HttpClient owner = default!;
    private int id;

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        await factory.Given.AnchorAsync("anchor2@example.org");
        owner = await factory.SignedInAsync("anchor2@example.org");
        id = await ProposalFiller.StartAsync(owner);
    }


    public static Task<HttpResponseMessage> UploadAsync(HttpClient client, int proposalId, string fileName, byte[] content) =>
        client.PostFileAsync($"/proposals/{proposalId}/attachments", $"/proposals/{proposalId}/attachments", ("file", fileName, content), ("description", "Letter of commitment"));

    private static byte[] Zip(string entry)
    {
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            using var writer = new StreamWriter(zip.CreateEntry(entry).Open());
            writer.Write("<xml/>");
        }
        return stream.ToArray();
    }

    [Fact]
    public async Task A_real_file_is_stored_with_its_hash_and_downloads_only_as_an_attachment()
    {
        var docx = Zip("word/document.xml");
        var response = await UploadAsync(owner, id, "Commitment letter.docx", docx);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var saved = factory.Query(db => db.ProposalAttachments.Single(a => a.ProposalId == id && a.FileName == "Commitment letter.docx"));
        Assert.Equal(Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(docx)), saved.Sha256);
        Assert.NotEqual(saved.FileName, saved.StoredName);
        Assert.True(File.Exists(Path.Combine(factory.FilesFolder, saved.StoredName)));
        var download = await owner.GetAsync($"/documents/{saved.Id}");
        Assert.Equal("attachment", download.Content.Headers.ContentDisposition!.DispositionType);
        Assert.Equal("application/octet-stream", download.Content.Headers.ContentType!.MediaType);
        Assert.Equal(docx, await download.Content.ReadAsByteArrayAsync());
    }

    [Theory]
    [InlineData("report.pdf", "png", "not a real PDF")]
    [InlineData("../../etc/passwd.pdf", "pdf", "may not contain folders")]
    [InlineData("payload.exe.pdf", "pdf", "two extensions")]
    [InlineData("empty.pdf", "empty", "The file is empty")]
    [InlineData("script.html", "pdf", "Only PDF, DOCX, XLSX, PNG or JPEG")]
    [InlineData("fake.docx", "zip", "not a real DOCX")]
    [InlineData("huge.pdf", "huge", "larger than 10 MB")]
    public async Task An_abusive_upload_is_refused_with_a_clear_message_and_stores_nothing(string fileName, string content, string message)
    {
        var before = factory.Query(db => db.ProposalAttachments.Count());
        var filesBefore = factory.StoredFileCount;
        var bytes = content switch
        {
            "png" => Png,
            "empty" => [],
            "zip" => Zip("something/else.xml"),
            "huge" => [.. Pdf, .. new byte[10 * 1024 * 1024]],
            _ => Pdf,
        };

        var response = await UploadAsync(owner, id, fileName, bytes);
        var page = await response.ReadPageAsync();

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains(message, page.FieldError("File"));
        Assert.Equal(before, factory.Query(db => db.ProposalAttachments.Count()));
        Assert.Equal(filesBefore, factory.StoredFileCount);
    }
}
