// The demo's wholesale catalog: fasteners and building materials, sold in the units a trade
// buyer orders in (boxes, metres, bags, bars, sheets).
import type { ProductSpec } from "./store"

type Size = { label: string; code: string; price: number; stock: number }

/** A product whose variants differ in one option (size, section, thickness…). */
function sized(
  title: string,
  handle: string,
  description: string,
  option: string,
  skuPrefix: string,
  sizes: Size[]
): ProductSpec {
  return {
    title,
    handle,
    description,
    options: [{ title: option, values: sizes.map((s) => s.label) }],
    variants: sizes.map((s) => ({
      title: s.label,
      sku: `${skuPrefix}-${s.code}`,
      price: s.price,
      stock: s.stock,
      options: { [option]: s.label },
    })),
  }
}

export const WHOLESALE_CATALOG: ProductSpec[] = [
  sized("Hex bolt DIN 933, zinc plated — box of 100", "hex-bolt-din933", "Fully threaded hex head bolts, steel 8.8, zinc plated. Sold by the box of 100.", "Size", "BOLT", [
    { label: "M6 × 30", code: "M6-100", price: 6.9, stock: 400 },
    { label: "M8 × 40", code: "M8-100", price: 11.5, stock: 650 },
    { label: "M10 × 50", code: "M10-100", price: 19.8, stock: 300 },
    { label: "M12 × 60", code: "M12-100", price: 31.4, stock: 180 },
  ]),
  sized("Hex nut DIN 934, zinc plated — box of 100", "hex-nut-din934", "Hex nuts, class 8, zinc plated. Sold by the box of 100.", "Size", "NUT", [
    { label: "M6", code: "M6-100", price: 2.4, stock: 500 },
    { label: "M8", code: "M8-100", price: 3.6, stock: 800 },
    { label: "M10", code: "M10-100", price: 6.1, stock: 400 },
    { label: "M12", code: "M12-100", price: 9.2, stock: 250 },
  ]),
  sized("Flat washer DIN 125 — box of 250", "washer-din125", "Flat washers, steel, zinc plated. Sold by the box of 250.", "Size", "WASH", [
    { label: "M8", code: "M8-250", price: 4.3, stock: 600 },
    { label: "M10", code: "M10-250", price: 6.7, stock: 450 },
  ]),
  sized("Wood screw, countersunk Torx — box of 200", "wood-screw-torx", "Yellow zinc plated chipboard screws with Torx drive and cutting tip. Box of 200.", "Size", "SCR-WD", [
    { label: "4 × 40", code: "4x40-200", price: 7.9, stock: 700 },
    { label: "5 × 60", code: "5x60-200", price: 12.6, stock: 500 },
    { label: "6 × 80", code: "6x80-200", price: 21.3, stock: 260 },
  ]),
  sized("Drywall screw, phosphated — box of 1000", "drywall-screw", "Bugle head drywall screws, fine thread, phosphated. Box of 1000.", "Size", "SCR-DW", [
    { label: "3.5 × 25", code: "35x25-1000", price: 9.4, stock: 900 },
    { label: "3.5 × 35", code: "35x35-1000", price: 11.8, stock: 700 },
  ]),
  sized("Nylon wall plug — box of 100", "nylon-wall-plug", "Universal expansion plugs for concrete, brick and hollow block. Box of 100.", "Diameter", "PLUG", [
    { label: "6 mm", code: "6-100", price: 2.9, stock: 1200 },
    { label: "8 mm", code: "8-100", price: 4.2, stock: 1000 },
    { label: "10 mm", code: "10-100", price: 6.5, stock: 600 },
  ]),
  sized("Wedge anchor, zinc plated — box of 50", "wedge-anchor", "Through-bolt anchors for cracked and uncracked concrete. Box of 50.", "Size", "ANCH", [
    { label: "M8 × 75", code: "M8x75-50", price: 18.9, stock: 300 },
    { label: "M10 × 95", code: "M10x95-50", price: 29.5, stock: 220 },
    { label: "M12 × 110", code: "M12x110-50", price: 44.0, stock: 140 },
  ]),
  sized("Chemical anchor resin, 300 ml cartridge", "chemical-anchor-resin", "Styrene-free polyester resin for heavy anchoring in masonry and concrete.", "Pack", "RESIN", [
    { label: "1 cartridge", code: "300ML", price: 8.4, stock: 380 },
    { label: "Box of 12", code: "300ML-12", price: 92.0, stock: 60 },
  ]),
  sized("Threaded rod DIN 976, 1 m", "threaded-rod-din976", "Zinc plated threaded rods, steel 4.8, length 1 m.", "Size", "ROD", [
    { label: "M8", code: "M8-1M", price: 1.6, stock: 1500 },
    { label: "M10", code: "M10-1M", price: 2.3, stock: 1100 },
    { label: "M12", code: "M12-1M", price: 3.4, stock: 800 },
  ]),
  sized("Installation cable NYM-J — per metre", "cable-nym-j", "PVC-sheathed installation cable for indoor wiring. Priced and sold by the metre.", "Section", "CAB-NYM", [
    { label: "3 × 1.5 mm²", code: "3x15-M", price: 0.79, stock: 12000 },
    { label: "3 × 2.5 mm²", code: "3x25-M", price: 1.19, stock: 8000 },
    { label: "5 × 2.5 mm²", code: "5x25-M", price: 1.89, stock: 5000 },
  ]),
  sized("Portland cement — 25 kg bag", "portland-cement", "Cement for concrete, mortar and screed. Sold by the 25 kg bag.", "Grade", "CEM", [
    { label: "CEM I 42.5 R", code: "I425-25KG", price: 7.8, stock: 900 },
    { label: "CEM II/A-LL 32.5 R", code: "II325-25KG", price: 6.4, stock: 1200 },
  ]),
  sized("Dry concrete mix C20/25 — 40 kg bag", "dry-concrete-mix", "Ready-to-mix concrete for foundations and posts. Add water only.", "Pack", "CONC", [
    { label: "40 kg bag", code: "C2025-40KG", price: 5.9, stock: 700 },
  ]),
  sized("Tile adhesive C2TE — 25 kg bag", "tile-adhesive-c2te", "Flexible cement-based tile adhesive with extended open time.", "Pack", "ADH-TILE", [
    { label: "25 kg bag", code: "C2TE-25KG", price: 14.9, stock: 420 },
  ]),
  sized("Rebar B500B, 12 m bar", "rebar-b500b", "Ribbed reinforcing steel bars, grade B500B, length 12 m.", "Diameter", "REBAR-B500", [
    { label: "Ø 8 mm", code: "8-12M", price: 5.2, stock: 1600 },
    { label: "Ø 10 mm", code: "10-12M", price: 8.1, stock: 1400 },
    { label: "Ø 12 mm", code: "12-12M", price: 11.6, stock: 1000 },
    { label: "Ø 16 mm", code: "16-12M", price: 20.7, stock: 500 },
  ]),
  sized("Reinforcement mesh Q188A, 6 × 2.3 m sheet", "reinforcement-mesh-q188a", "Welded steel mesh for slabs and floors, 6.0 × 2.3 m.", "Pack", "MESH", [
    { label: "1 sheet", code: "Q188A-SHEET", price: 64.0, stock: 150 },
  ]),
  sized("Plasterboard 12.5 mm, 1200 × 2500", "plasterboard-125", "Gypsum boards for walls and ceilings, tapered edges.", "Type", "PLB", [
    { label: "Standard (GKB)", code: "GKB-125", price: 6.2, stock: 900 },
    { label: "Moisture resistant (GKBI)", code: "GKBI-125", price: 8.9, stock: 400 },
    { label: "Fire resistant (GKF)", code: "GKF-125", price: 9.6, stock: 300 },
  ]),
  sized("Mineral wool insulation roll", "mineral-wool-roll", "Glass mineral wool for lofts and timber frames, λ 0.035. Sold by the roll.", "Thickness", "INS-MW", [
    { label: "100 mm", code: "100-ROLL", price: 39.5, stock: 260 },
    { label: "160 mm", code: "160-ROLL", price: 54.0, stock: 180 },
  ]),
  sized("EPS facade insulation board — pack", "eps-facade-board", "Expanded polystyrene boards for external wall insulation, 1000 × 500 mm.", "Thickness", "INS-EPS", [
    { label: "100 mm, pack of 6", code: "100-6", price: 27.5, stock: 320 },
    { label: "140 mm, pack of 4", code: "140-4", price: 26.0, stock: 240 },
  ]),
  sized("Construction timber KVH, 60 × 120 mm — per metre", "construction-timber-kvh", "Kiln-dried, finger-jointed structural spruce C24. Sold by the metre.", "Section", "KVH", [
    { label: "60 × 120 mm", code: "60x120-M", price: 6.3, stock: 3000 },
    { label: "80 × 160 mm", code: "80x160-M", price: 10.9, stock: 2000 },
  ]),
  sized("PU assembly foam, 750 ml — box of 12", "pu-assembly-foam", "One-component polyurethane foam for door and window frames. Box of 12 cans.", "Pack", "FOAM", [
    { label: "Box of 12", code: "750ML-12", price: 58.8, stock: 140 },
  ]),
  sized("Drywall corner bead, 2.5 m — bundle of 50", "drywall-corner-bead", "Galvanised steel corner beads for plasterboard, 2.5 m.", "Pack", "BEAD", [
    { label: "Bundle of 50", code: "25M-50", price: 42.5, stock: 90 },
  ]),
]
