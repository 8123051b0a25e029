namespace Portal.Rendering;

/// <summary>One page of a copy: an image (PNG or JPEG) the renderer's Chromium will decode, never the server.</summary>
public sealed record CopyPage(string MediaType, byte[] Content);

/// <summary>The pages of a copy to be viewed; <see cref="Truncated"/> when the original has more than the page limit.</summary>
public sealed record CopyPages(IReadOnlyList<CopyPage> Pages, bool Truncated);
