using Portal.Rendering;

namespace Portal.Incoming.Services;

/// <summary>An export ready to be written to a response: the table (its rows still to be read), the format and the file's name.</summary>
public sealed record TableDownload(ExportTable Table, TableFormat Format, string FileName);

/// <summary>A printed register: the PDF's bytes and the file's name.</summary>
public sealed record PrintedRegister(byte[] Pdf, string FileName);
