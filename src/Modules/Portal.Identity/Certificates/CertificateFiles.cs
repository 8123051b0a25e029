using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using Portal.Core;

namespace Portal.Identity.Certificates;

/// <summary>Reads what people upload or paste: a certificate or a revocation list, DER or PEM, with a Vietnamese answer when it is neither.</summary>
public static class CertificateFiles
{
    public const string NotACertificate = "Tệp không phải chứng thư số hợp lệ (định dạng .cer, .crt hoặc .pem, dạng DER hoặc PEM).";
    public const string NotACrl = "Tệp không phải danh sách chứng thư bị thu hồi (CRL) hợp lệ, dạng DER hoặc PEM.";

    public static X509Certificate2 ReadCertificate(ReadOnlySpan<byte> data)
    {
        var der = Der(data, "CERTIFICATE", NotACertificate, "Tệp chứa nhiều chứng thư; hãy tải lên từng chứng thư một.");
        try
        {
            return X509CertificateLoader.LoadCertificate(der);
        }
        catch (CryptographicException)
        {
            throw new RequestRefusedException(NotACertificate);
        }
    }

    /// <summary>The list's DER bytes; <see cref="RevocationList.Parse"/> reads them.</summary>
    public static byte[] ReadCrl(ReadOnlySpan<byte> data) =>
        Der(data, "X509 CRL", NotACrl, "Tệp chứa nhiều danh sách thu hồi; hãy tải lên từng danh sách một.");

    private static byte[] Der(ReadOnlySpan<byte> data, string label, string notThat, string several)
    {
        if (data.IsEmpty)
            throw new RequestRefusedException(notThat);
        if (data[0] == 0x30)
            return data.ToArray();
        string text;
        try
        {
            text = new UTF8Encoding(false, true).GetString(data);
        }
        catch (DecoderFallbackException)
        {
            throw new RequestRefusedException(notThat);
        }
        var found = new List<byte[]>();
        var rest = text.AsSpan();
        while (PemEncoding.TryFind(rest, out var fields))
        {
            if (rest[fields.Label].SequenceEqual(label))
                found.Add(Convert.FromBase64String(rest[fields.Base64Data].ToString()));
            rest = rest[fields.Location.End..];
        }
        return found.Count switch
        {
            0 => throw new RequestRefusedException(notThat),
            1 => found[0],
            _ => throw new RequestRefusedException(several),
        };
    }
}
