using Microsoft.Extensions.DependencyInjection;
using Portal.Core.Tenancy;
using Portal.Files;
using Portal.Testing;

namespace Portal.Tests.Files;

/// <summary>A changed, cut, reordered or extended blob, or the wrong master key, makes reading fail: never wrong data.</summary>
[Collection(FilesCollection.Name)]
[Trait("Database", "Both")]
public sealed class VaultTamperingTests(FilesServerFixture fixture)
{
    private const int Chunk = 64 * 1024;
    private const int Sealed = Chunk + 16;
    private const int Header = 16;
    private const long Length = 3 * Chunk + 1000;

    private async Task<(StoredFile File, string Blob)> StoreAsync()
    {
        var stored = await fixture.KeepAsync(new GeneratedContent(Length, SampleFiles.PdfPrefix, seed: 11), "Biên bản.pdf");
        return (stored, fixture.BlobPath(stored.Id));
    }

    private async Task AssertUnreadableAsync(Guid id)
    {
        var error = await Assert.ThrowsAsync<FileUnreadableException>(() => fixture.ReadHashAsync(id));
        Assert.Contains("không", error.Message);
    }

    [Fact]
    public async Task A_flipped_byte_in_any_chunk_fails_the_read()
    {
        var (file, blob) = await StoreAsync();
        var bytes = await File.ReadAllBytesAsync(blob);
        bytes[Header + Sealed + 500] ^= 0x01;
        await File.WriteAllBytesAsync(blob, bytes);

        await AssertUnreadableAsync(file.Id);
    }

    [Fact]
    public async Task A_changed_header_fails_the_read_of_the_first_chunk()
    {
        var (file, blob) = await StoreAsync();
        var bytes = await File.ReadAllBytesAsync(blob);
        bytes[10] ^= 0x80;
        await File.WriteAllBytesAsync(blob, bytes);

        var first = await Assert.ThrowsAsync<FileUnreadableException>(() => fixture.InTenantAsync(async services =>
        {
            await using var content = await services.GetRequiredService<IFileVault>().OpenReadAsync(file.Id, CancellationToken.None);
            return content.ReadByte();
        }));
        Assert.Contains("bị hỏng hoặc bị sửa đổi", first.Message);
    }

    [Theory]
    [InlineData(3 * Sealed)]
    [InlineData(2 * Sealed + 100)]
    [InlineData(3 * Sealed + 16)]
    public async Task A_truncated_blob_fails_the_read(int keptAfterHeader)
    {
        var (file, blob) = await StoreAsync();
        await using (var stream = new FileStream(blob, FileMode.Open))
            stream.SetLength(Header + keptAfterHeader);

        await AssertUnreadableAsync(file.Id);
    }

    [Fact]
    public async Task An_extended_blob_fails_the_read()
    {
        var (file, blob) = await StoreAsync();
        var bytes = await File.ReadAllBytesAsync(blob);
        await File.WriteAllBytesAsync(blob, [.. bytes, .. bytes.AsSpan(Header + Sealed, Sealed)]);

        await AssertUnreadableAsync(file.Id);
    }

    [Fact]
    public async Task Swapped_chunks_fail_the_read_at_the_first_of_them()
    {
        var (file, blob) = await StoreAsync();
        var bytes = await File.ReadAllBytesAsync(blob);
        var first = bytes.AsSpan(Header, Sealed).ToArray();
        bytes.AsSpan(Header + Sealed, Sealed).CopyTo(bytes.AsSpan(Header));
        first.CopyTo(bytes.AsSpan(Header + Sealed));
        await File.WriteAllBytesAsync(blob, bytes);

        await Assert.ThrowsAsync<FileUnreadableException>(() => fixture.InTenantAsync(async services =>
        {
            await using var content = await services.GetRequiredService<IFileVault>().OpenReadAsync(file.Id, CancellationToken.None);
            return content.ReadByte();
        }));
    }

    [Fact]
    public async Task Another_files_blob_put_in_place_does_not_open()
    {
        var (file, blob) = await StoreAsync();
        var (_, other) = await StoreAsync();
        File.Copy(other, blob, overwrite: true);

        await AssertUnreadableAsync(file.Id);
    }

    [Fact]
    public async Task A_copy_of_the_data_folder_under_another_master_key_reads_nothing()
    {
        var (file, _) = await StoreAsync();
        fixture.Server.Get<TenantHost>().Release(FilesServerFixture.Tenant);
        var copy = Path.Combine(Path.GetTempPath(), "portal-tests", Guid.NewGuid().ToString("N"));
        CopyFolder(fixture.Server.DataFolder, copy);
        var otherKey = Convert.ToBase64String(Enumerable.Repeat((byte)9, 32).ToArray());

        await using var other = await PortalTestServer.StartAsync(demoTenants: false, dataFolder: copy,
            settings: new Dictionary<string, string?> { ["Portal:MasterKey"] = otherKey }, extraModules: [new UploadTestModule()]);
        var host = other.Get<TenantHost>();
        var tenant = await host.ActivateAsync(FilesServerFixture.Tenant);
        var error = await Assert.ThrowsAsync<FileUnreadableException>(() => host.RunAsync(tenant!, services =>
            services.GetRequiredService<IFileVault>().OpenReadAsync(file.Id, CancellationToken.None)));

        Assert.Contains("khóa chủ", error.Message);
        Assert.Equal(file.Sha256, await fixture.ReadHashAsync(file.Id));
    }

    private static void CopyFolder(string from, string to)
    {
        foreach (var path in Directory.GetFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, path));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(path, target);
        }
    }
}
