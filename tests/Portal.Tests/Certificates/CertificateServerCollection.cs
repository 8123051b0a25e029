namespace Portal.Tests.Certificates;

[CollectionDefinition(Name)]
public sealed class CertificateServerCollection : ICollectionFixture<CertificateServerFixture>
{
    public const string Name = "Certificate sign-in server";
}
