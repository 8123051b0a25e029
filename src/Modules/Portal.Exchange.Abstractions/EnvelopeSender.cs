using System.Security.Cryptography;

namespace Portal.Exchange;

/// <summary>The sending agency: its identifier code and its private signing key (ECDSA P-256).</summary>
public sealed record EnvelopeSender(string AgencyCode, ECDsa SigningKey);
