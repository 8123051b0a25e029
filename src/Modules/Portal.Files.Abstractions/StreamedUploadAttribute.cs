using Microsoft.AspNetCore.Mvc;

namespace Portal.Files;

/// <summary>
/// Marks an action that reads its body through <see cref="IUploadReader"/>. The global antiforgery
/// filter would read (and buffer to disk, unencrypted) the whole form to find the token; here the
/// reader checks the token itself, from the first field, before it accepts any file.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class StreamedUploadAttribute : IgnoreAntiforgeryTokenAttribute;
