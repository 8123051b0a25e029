namespace Portal.Exchange.Edxml;

/// <summary>What an accepted edXML package gives the electronic incoming queue: the register fields and the PDF.</summary>
internal sealed record ImportedPackage(string SenderCode, string SenderName, string NumberSymbol, DateOnly IssuedOn, string DocumentType,
    string Subject, string SignerName, int Level, string Urgency, int CopyCount, string FileName, byte[] Pdf);
