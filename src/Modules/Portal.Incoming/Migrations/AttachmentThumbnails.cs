using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Portal.Incoming.Models;

namespace Portal.Incoming.Migrations;

/// <summary>Each attachment's thumbnail (a vault file) or the reason it has none.</summary>
[DbContext(typeof(IncomingDb))]
[Migration("20261220010000_AttachmentThumbnails")]
public sealed class AttachmentThumbnails : Migration
{
    protected override void Up(MigrationBuilder b)
    {
        b.AddColumn<Guid>("ThumbnailFileId", "IncomingAttachments", nullable: true);
        b.AddColumn<string>("ThumbnailNote", "IncomingAttachments", maxLength: 500, nullable: true);
    }
}
