using System.Buffers.Binary;
using System.IO.Pipelines;
using System.Security.Cryptography;
using System.Text.Json;
using Portal.Core.Tenancy;
using Portal.Exchange.Directory;
using Portal.Exchange.Models;
using Portal.Exchange.Sending;

namespace Portal.Exchange.Receiving;

/// <summary>
/// Opens a kept envelope again when the clerk opens or registers it: the sender's signature, the addressee and
/// the content against the signed hash are checked once more, while the plain content streams through a pipe
/// (never whole in memory nor plain on disk) to the reader: first the sealed register fields, then the PDF. The
/// reader's work counts only if the opening then succeeds (it throws <see cref="EnvelopeException"/> otherwise).
/// </summary>
public sealed class ArrivalOpening(CentralDirectory central, AgencyKeys keys, IEnvelopeSeal seal, ITenantAccessor tenants)
{
    // The fields are a few hundred bytes; a larger prefix is not one of ours.
    private const int FieldsLimit = 64 * 1024;

    internal async Task<T> OpenAsync<T>(Arrival arrival, Func<PackageFields, Stream, Task<T>> read, CancellationToken cancellationToken)
    {
        var envelope = JsonSerializer.Deserialize<SealedEnvelope>(arrival.Envelope)!;
        var sender = await central.FindAsync(arrival.SenderCode, cancellationToken) ?? throw new EnvelopeException(EnvelopeRefusal.UnknownSender);
        using var senderKey = ECDsa.Create();
        senderKey.ImportSubjectPublicKeyInfo(sender.SignatureKey, out _);
        // An arrival of an agency merged into this one opens with that agency's key, carried by the merge.
        using var ownKey = await keys.EncryptionKeyForAsync(envelope.Header.Recipient, cancellationToken)
            ?? throw new EnvelopeException(EnvelopeRefusal.WrongRecipient);
        var tenant = tenants.Required;
        var pipe = new Pipe();
        var opening = Task.Run(async () =>
        {
            await using var writer = pipe.Writer.AsStream();
            await using var sealedContent = File.OpenRead(SealedFiles.Received(tenant, arrival.SenderCode, arrival.EnvelopeId));
            await seal.OpenAsync(envelope, sealedContent, envelope.Header.Recipient, ownKey, senderKey, writer, cancellationToken);
        }, cancellationToken);
        T result;
        await using (var plain = pipe.Reader.AsStream())
        {
            try
            {
                var fields = await FieldsAsync(plain, cancellationToken);
                result = await read(fields, plain);
                await plain.CopyToAsync(Stream.Null, cancellationToken);
            }
            catch (Exception)
            {
                // A reader that stumbles on content the opening refuses gives the opening's reason.
                await pipe.Reader.CompleteAsync();
                if (await RefusalAsync(opening) is { } refusal)
                    throw refusal;
                throw;
            }
        }
        await opening;
        return result;
    }

    private static async Task<EnvelopeException?> RefusalAsync(Task opening)
    {
        try
        {
            await opening;
            return null;
        }
        catch (EnvelopeException e)
        {
            return e;
        }
        catch (Exception)
        {
            // The writer stopped because the reader did: the reader's own error is the one to give.
            return null;
        }
    }

    private static async Task<PackageFields> FieldsAsync(Stream plain, CancellationToken cancellationToken)
    {
        var length = new byte[4];
        await plain.ReadExactlyAsync(length, cancellationToken);
        var size = BinaryPrimitives.ReadInt32BigEndian(length);
        if (size is <= 0 or > FieldsLimit)
            throw new EnvelopeException(EnvelopeRefusal.Tampered);
        var json = new byte[size];
        await plain.ReadExactlyAsync(json, cancellationToken);
        return JsonSerializer.Deserialize<PackageFields>(json) ?? throw new EnvelopeException(EnvelopeRefusal.Tampered);
    }
}
