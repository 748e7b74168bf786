/**
 * Runs src/server/reports with the local runtime's Utilities and XmlService as its globals, the way
 * the bundle sees them in Apps Script, and counts their calls.
 */
import { Kernel } from '../../runtime/kernel';
import { FakeUtilities } from '../../runtime/services/utilities';
import { FakeXmlService } from '../../runtime/services/xml-service';

/** Installs fresh Utilities and XmlService globals; returns the kernel that counts their calls. */
export function installReportServices(): Kernel {
  const kernel = new Kernel(new Date('2026-11-27T10:00:00Z'));
  const g = globalThis as Record<string, unknown>;
  g.Utilities = new FakeUtilities(kernel, { nextUuid: 1 });
  g.XmlService = new FakeXmlService(kernel);
  return kernel;
}

/** A Node buffer as Apps Script's signed Byte[]. */
export function signedBytes(buf: Uint8Array): number[] {
  return Array.from(buf, (b) => (b > 127 ? b - 256 : b));
}
