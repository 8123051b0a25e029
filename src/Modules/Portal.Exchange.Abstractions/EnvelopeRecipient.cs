using System.Security.Cryptography;

namespace Portal.Exchange;

/// <summary>A receiving agency as the directory lists it: its identifier code and its public key-agreement key (ECDH P-256) that content keys are wrapped for.</summary>
public sealed record EnvelopeRecipient(string AgencyCode, ECDiffieHellman WrappingKey);
