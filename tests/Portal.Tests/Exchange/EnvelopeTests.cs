using System.Security.Cryptography;
using System.Text;
using Portal.Exchange;
using Portal.Exchange.Envelopes;

namespace Portal.Tests.Exchange;

/// <summary>
/// Envelopes between agencies: one sealed content for every recipient, each recipient opening only its own
/// envelope, and any change to a header, a wrapped key or the content refused with a Vietnamese reason.
/// </summary>
public sealed class EnvelopeTests
{
    private const string Province = "000.00.00.H41";
    private static readonly string[] Communes = ["000.01.31.H41", "000.02.31.H41", "000.03.31.H41"];

    private readonly EnvelopeSeal _seal = new(TimeProvider.System);
    private static readonly ECDsa ProvinceKey = ECDsa.Create(ECCurve.NamedCurves.nistP256);
    private static readonly Dictionary<string, ECDiffieHellman> CommuneKeys =
        Communes.ToDictionary(c => c, _ => ECDiffieHellman.Create(ECCurve.NamedCurves.nistP256));
    // Three chunks and a bit: chunk boundaries, the last short chunk and its flag are all exercised.
    private readonly byte[] _content = RandomNumberGenerator.GetBytes(3 * ContentCipher.ChunkSize + 1234);

    [Fact]
    public async Task The_content_is_sealed_once_and_every_commune_opens_its_own_envelope_to_the_same_bytes()
    {
        var (envelopes, sealedContent) = await SendAsync();

        Assert.Equal(Communes, envelopes.Select(e => e.Header.Recipient));
        Assert.Single(envelopes.Select(e => Convert.ToHexString(e.Header.ContentHash)).Distinct());
        Assert.Equal(envelopes.Count, envelopes.Select(e => Convert.ToHexString(e.Header.WrappedKey)).Distinct().Count());
        Assert.DoesNotContain(Convert.ToHexString(_content[..64]), Convert.ToHexString(sealedContent));
        foreach (var envelope in envelopes)
            Assert.Equal(_content, await OpenAsync(envelope, sealedContent, envelope.Header.Recipient));
    }

    [Fact]
    public async Task Empty_content_is_sealed_and_opened_too()
    {
        var (envelopes, sealedContent) = await SendAsync([]);

        Assert.Empty(await OpenAsync(envelopes[0], sealedContent, Communes[0]));
    }

    [Fact]
    public async Task An_envelope_delivered_to_another_commune_is_refused_there()
    {
        var (envelopes, sealedContent) = await SendAsync();

        var refusal = await RefusedAsync(envelopes[0], sealedContent, Communes[1]);

        Assert.Equal(EnvelopeRefusal.WrongRecipient, refusal.Refusal);
        Assert.Equal("Phong bì không gửi cho cơ quan này nên không được tiếp nhận.", refusal.Message);
    }

    [Fact]
    public async Task Readdressing_an_envelope_breaks_the_senders_signature()
    {
        var (envelopes, sealedContent) = await SendAsync();
        var readdressed = envelopes[0] with { Header = envelopes[0].Header with { Recipient = Communes[1], WrappedKey = envelopes[1].Header.WrappedKey } };

        Assert.Equal(EnvelopeRefusal.Tampered, (await RefusedAsync(readdressed, sealedContent, Communes[1])).Refusal);
    }

    [Theory]
    [InlineData("metadata")]
    [InlineData("document")]
    [InlineData("created")]
    [InlineData("length")]
    [InlineData("hash")]
    [InlineData("nonce")]
    public async Task A_changed_header_field_is_refused_as_tampered(string field)
    {
        var (envelopes, sealedContent) = await SendAsync();
        var header = envelopes[0].Header;
        var changed = field switch
        {
            "metadata" => header with { Metadata = header.Metadata.Replace("MẬT", "THƯỜNG", StringComparison.Ordinal) },
            "document" => header with { DocumentKey = "khac" },
            "created" => header with { Created = header.Created.AddDays(-30) },
            "length" => header with { ContentLength = header.ContentLength - 1 },
            "hash" => header with { ContentHash = Flip(header.ContentHash, 0) },
            _ => header with { BaseNonce = Flip(header.BaseNonce, 0) },
        };
        Assert.NotEqual(header, changed);

        var refusal = await RefusedAsync(envelopes[0] with { Header = changed }, sealedContent, Communes[0]);

        Assert.Equal(EnvelopeRefusal.Tampered, refusal.Refusal);
        Assert.Contains("đã bị thay đổi", refusal.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_signature_by_another_agencys_key_is_refused()
    {
        var (envelopes, sealedContent) = await SendAsync();
        using var stranger = ECDsa.Create(ECCurve.NamedCurves.nistP256);

        var refusal = await Assert.ThrowsAsync<EnvelopeException>(() => _seal.OpenAsync(envelopes[0], new MemoryStream(sealedContent), Communes[0],
            CommuneKeys[Communes[0]], stranger, new MemoryStream(), CancellationToken.None));

        Assert.Equal(EnvelopeRefusal.Tampered, refusal.Refusal);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(ContentCipher.ChunkSize + ContentCipher.TagSize + 7)]
    [InlineData(-1)]
    public async Task A_changed_byte_of_the_sealed_content_is_refused(int position)
    {
        var (envelopes, sealedContent) = await SendAsync();

        var changed = Flip(sealedContent, position < 0 ? sealedContent.Length - 1 : position);

        Assert.Equal(EnvelopeRefusal.Tampered, (await RefusedAsync(envelopes[0], changed, Communes[0])).Refusal);
    }

    [Fact]
    public async Task Sealed_content_cut_after_a_whole_chunk_or_with_two_chunks_swapped_is_refused()
    {
        var (envelopes, sealedContent) = await SendAsync();
        const int sealedChunk = ContentCipher.ChunkSize + ContentCipher.TagSize;
        var cut = sealedContent[..(2 * sealedChunk)];
        var swapped = sealedContent[sealedChunk..(2 * sealedChunk)].Concat(sealedContent[..sealedChunk]).Concat(sealedContent[(2 * sealedChunk)..]).ToArray();

        Assert.Equal(EnvelopeRefusal.Tampered, (await RefusedAsync(envelopes[0], cut, Communes[0])).Refusal);
        Assert.Equal(EnvelopeRefusal.Tampered, (await RefusedAsync(envelopes[0], swapped, Communes[0])).Refusal);
    }

    /// <summary>
    /// The content key is wrapped by ECDH with a fresh key for one recipient and one envelope: another commune's key,
    /// another envelope's id, another recipient's code or an ephemeral point moved off the curve opens nothing.
    /// </summary>
    [Fact]
    public async Task A_wrapped_key_opens_only_for_its_own_recipient_and_envelope()
    {
        var (envelopes, _) = await SendAsync();
        var header = envelopes[0].Header;
        var offCurve = header.WrappedKey.ToArray();
        offCurve[40] ^= 1;

        Assert.Equal(ContentCipher.KeySize, EnvelopeKeyWrap.Unwrap(CommuneKeys[Communes[0]], header.WrappedKey, header.Id, Communes[0]).Length);
        Assert.ThrowsAny<CryptographicException>(() => EnvelopeKeyWrap.Unwrap(CommuneKeys[Communes[1]], header.WrappedKey, header.Id, Communes[0]));
        Assert.ThrowsAny<CryptographicException>(() => EnvelopeKeyWrap.Unwrap(CommuneKeys[Communes[0]], header.WrappedKey, envelopes[1].Header.Id, Communes[0]));
        Assert.ThrowsAny<CryptographicException>(() => EnvelopeKeyWrap.Unwrap(CommuneKeys[Communes[0]], header.WrappedKey, header.Id, Communes[1]));
        Assert.ThrowsAny<CryptographicException>(() => EnvelopeKeyWrap.Unwrap(CommuneKeys[Communes[0]], offCurve, header.Id, Communes[0]));
    }

    /// <summary>
    /// Every recipient knows the content key, so one could seal other content under it with valid tags; the
    /// signed hash of the ciphertext is what makes the others refuse it.
    /// </summary>
    [Fact]
    public async Task Content_resealed_by_a_recipient_under_the_shared_key_is_refused_by_the_others()
    {
        var (envelopes, sealedContent) = await SendAsync();
        var key = EnvelopeKeyWrap.Unwrap(CommuneKeys[Communes[0]], envelopes[0].Header.WrappedKey, envelopes[0].Header.Id, Communes[0]);
        using var forged = new MemoryStream();
        await ContentCipher.SealAsync(new MemoryStream(Encoding.UTF8.GetBytes("Nội dung giả mạo")), forged, key, envelopes[1].Header.BaseNonce,
            CancellationToken.None);

        Assert.Equal(EnvelopeRefusal.Tampered, (await RefusedAsync(envelopes[1], forged.ToArray(), Communes[1])).Refusal);
        Assert.Equal(_content, await OpenAsync(envelopes[1], sealedContent, Communes[1]));
    }

    private async Task<(IReadOnlyList<SealedEnvelope> Envelopes, byte[] Sealed)> SendAsync(byte[]? content = null)
    {
        using var sealedContent = new MemoryStream();
        var metadata = """{"so":"15/UBND-VP","do_mat":"MẬT","trich_yeu":"Về việc bảo vệ bí mật nhà nước"}""";
        var envelopes = await _seal.SealAsync(new EnvelopeSender(Province, ProvinceKey),
            new ContentToSend("vb-15", metadata, new MemoryStream(content ?? _content)),
            [.. Communes.Select(c => new EnvelopeRecipient(c, CommuneKeys[c]))], sealedContent, CancellationToken.None);
        return (envelopes, sealedContent.ToArray());
    }

    private async Task<byte[]> OpenAsync(SealedEnvelope envelope, byte[] sealedContent, string commune)
    {
        using var plain = new MemoryStream();
        await _seal.OpenAsync(envelope, new MemoryStream(sealedContent), commune, CommuneKeys[commune], ProvinceKey, plain, CancellationToken.None);
        return plain.ToArray();
    }

    private Task<EnvelopeException> RefusedAsync(SealedEnvelope envelope, byte[] sealedContent, string commune) =>
        Assert.ThrowsAsync<EnvelopeException>(() => OpenAsync(envelope, sealedContent, commune));

    private static byte[] Flip(byte[] bytes, int position)
    {
        var copy = (byte[])bytes.Clone();
        copy[position] ^= 0x01;
        return copy;
    }
}
