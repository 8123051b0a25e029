using System.Security.Cryptography;

namespace Portal.Exchange;

/// <summary>A receiving agency as the directory lists it: its identifier code and its public key-wrapping key (RSA).</summary>
public sealed record EnvelopeRecipient(string AgencyCode, RSA WrappingKey);
