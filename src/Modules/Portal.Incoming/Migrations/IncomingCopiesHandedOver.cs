using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Portal.Incoming.Models;

namespace Portal.Incoming.Migrations;

/// <summary>
/// Incoming's own copy numbers move into the copy log the Registers module now keeps for every kind of
/// document (its migration runs first: Incoming depends on Registers), keeping their numbers, so a copy
/// already printed "Bản số N" is still line N; then Incoming's table goes.
/// </summary>
[DbContext(typeof(IncomingDb))]
[Migration("20261231010000_IncomingCopiesHandedOver")]
public sealed class IncomingCopiesHandedOver : Migration
{
    protected override void Up(MigrationBuilder b)
    {
        b.Sql("""
            INSERT INTO "CopyLog" ("Id", "DocumentKind", "DocumentId", "Document", "Level", "Form", "FileId", "UserId", "UserName", "AtUtc")
            SELECT c."Id", 'incoming', c."DocumentId", 'Số đến ' || CAST(d."ArrivalNumber" AS TEXT) || '/' || CAST(d."Year" AS TEXT) || ': ' || COALESCE(a."FileName", ''),
                   d."Level", 'Tải về hoặc xem', c."FileId", c."UserId", c."UserName", c."AtUtc"
            FROM "IncomingCopies" c
            JOIN "IncomingDocuments" d ON d."Id" = c."DocumentId"
            LEFT JOIN "IncomingAttachments" a ON a."FileId" = c."FileId"
            """);
        if (b.ActiveProvider == "Npgsql.EntityFrameworkCore.PostgreSQL")
            b.Sql("""SELECT setval(pg_get_serial_sequence('"CopyLog"', 'Id'), COALESCE((SELECT MAX("Id") FROM "CopyLog"), 0) + 1, false)""");
        b.DropTable("IncomingCopies");
    }
}
