/**
 * The document model moved to src/document/, below the engine and the rules.
 * This re-export keeps code written before the move compiling; import from
 * '../document/document.js' instead (the layer test flags a lower layer
 * that imports it from here).
 */
export {documentOf, memo, type DocumentInfo} from '../document/document.js'
