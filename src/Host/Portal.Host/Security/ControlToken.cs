using System.Security.Cryptography;
using Portal.Core.Security;

namespace Portal.Host.Security;

/// <summary>
/// A secret the running server writes to App_Data (owner-only) so local CLI verbs such as
/// `tenant stats` can ask it for live figures over loopback; nobody without the file can.
/// </summary>
public static class ControlToken
{
    public const string Header = "X-Portal-Control";

    public static string New() => Convert.ToHexString(RandomNumberGenerator.GetBytes(32));

    /// <summary>Written when the server has started, so a CLI verb run beside it never replaces the server's token.</summary>
    public static void Write(string dataFolder, string token)
    {
        Directory.CreateDirectory(dataFolder);
        PrivateFile.Write(FilePath(dataFolder), System.Text.Encoding.ASCII.GetBytes(token));
    }

    public static string? Read(string dataFolder) =>
        File.Exists(FilePath(dataFolder)) ? File.ReadAllText(FilePath(dataFolder)).Trim() : null;

    public static bool Matches(string expected, string? presented) =>
        presented is not null && CryptographicOperations.FixedTimeEquals(
            System.Text.Encoding.ASCII.GetBytes(expected), System.Text.Encoding.ASCII.GetBytes(presented));

    private static string FilePath(string dataFolder) => Path.Combine(dataFolder, "control.token");
}
