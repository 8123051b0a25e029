using System.Security.Cryptography;
using Portal.Core.Tenancy;
using Portal.Files.Crypto;

namespace Portal.Tests.Files;

/// <summary>
/// A tenant released (its settings changed elsewhere, or disabled) while an upload on another request is
/// half read: the cached data key must not be wiped under that upload, or its file key would be wrapped
/// with zeros and the file could never be opened; the keys are wiped once the last use is done.
/// </summary>
[Collection(FilesCollection.Name)]
[Trait("Database", "Both")]
public sealed class DataKeyReleaseTests(FilesServerFixture fixture)
{
    [Fact]
    public async Task Releasing_the_tenant_during_an_upload_leaves_the_file_readable()
    {
        var bytes = new byte[3 * BlobFormat.ChunkSize + 1000];
        new Random(5).NextBytes(bytes);
        SampleFiles.PdfPrefix.CopyTo(bytes, 0);
        var host = fixture.Server.Get<TenantHost>();
        // The tenant is released after the data key was taken (with the first chunk) and before the file key is wrapped.
        var content = new CallbackStream(bytes, BlobFormat.ChunkSize + 10, () => Assert.True(host.Release(FilesServerFixture.Tenant)));

        var stored = await fixture.KeepAsync(content, "phát hành lại.pdf");

        Assert.True(content.Called);
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(bytes)), await fixture.ReadHashAsync(stored.Id));
    }

    [Fact]
    public void A_released_cache_wipes_its_keys_only_when_the_last_lease_is_returned()
    {
        var cache = new DataKeyCache();
        var key = RandomNumberGenerator.GetBytes(32);
        var copy = key.ToArray();
        var first = cache.Add(new DataKey(1, key));
        var second = cache.TryLease(1)!;

        cache.Dispose();
        Assert.Equal(copy, first.Key);
        Assert.Null(cache.TryLease(1));
        first.Dispose();
        Assert.Equal(copy, second.Key);
        Assert.False(cache.Wiped);
        second.Dispose();

        Assert.True(cache.Wiped);
        Assert.All(key, b => Assert.Equal(0, b));
        Assert.Throws<ObjectDisposedException>(() => second.Key);
        // A key unwrapped after the release is not cached: its one lease wipes it.
        var late = RandomNumberGenerator.GetBytes(32);
        cache.Add(new DataKey(2, late)).Dispose();
        Assert.All(late, b => Assert.Equal(0, b));
    }

    /// <summary>Content that calls back once, when a read reaches a position.</summary>
    private sealed class CallbackStream(byte[] bytes, int at, Action callback) : MemoryStream(bytes, writable: false)
    {
        public bool Called { get; private set; }

        public override int Read(byte[] buffer, int offset, int count) => Before(() => base.Read(buffer, offset, count));

        public override int Read(Span<byte> buffer)
        {
            Check();
            return base.Read(buffer);
        }

        public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
            Before(() => base.ReadAsync(buffer, cancellationToken));

        public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
            Before(() => base.ReadAsync(buffer, offset, count, cancellationToken));

        private T Before<T>(Func<T> read)
        {
            Check();
            return read();
        }

        private void Check()
        {
            if (Called || Position < at)
                return;
            Called = true;
            callback();
        }
    }
}
