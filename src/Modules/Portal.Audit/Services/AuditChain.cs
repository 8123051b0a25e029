using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Portal.Audit.Models;

namespace Portal.Audit.Services;

/// <summary>The MAC that links an entry to the one before it.</summary>
public static class AuditChain
{
    /// <summary>The "previous MAC" of the first entry.</summary>
    public const string Genesis = "0000000000000000000000000000000000000000000000000000000000000000";

    public static string Mac(byte[] key, AuditEntry entry)
    {
        var canonical = string.Join('\u001f',
            entry.Position.ToString(CultureInfo.InvariantCulture),
            DateTime.SpecifyKind(entry.TimestampUtc, DateTimeKind.Utc).Ticks.ToString(CultureInfo.InvariantCulture),
            entry.UserId, entry.UserName, entry.Action, ((int)entry.Outcome).ToString(CultureInfo.InvariantCulture),
            entry.TargetKind, entry.TargetId, entry.RemoteAddress, entry.Details, entry.PreviousMac);
        return Convert.ToHexStringLower(HMACSHA256.HashData(key, Encoding.UTF8.GetBytes(canonical)));
    }
}
